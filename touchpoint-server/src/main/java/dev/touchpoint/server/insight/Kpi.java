package dev.touchpoint.server.insight;

/**
 * A headline figure on the dashboard.
 *
 * @param key stable id (DOM id suffix)
 * @param labelKey message key of the label
 * @param value the figure, formatted for display
 * @param link where to see the records behind it, or null
 */
public record Kpi(String key, String labelKey, String value, String link) {}
