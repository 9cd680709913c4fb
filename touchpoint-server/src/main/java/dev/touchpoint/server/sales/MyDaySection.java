package dev.touchpoint.server.sales;

/**
 * A section another module adds to "My day" (e.g. today's best cross-sell calls). The page loads it
 * with htmx from {@code url}; the endpoint applies the caller's record scope itself.
 *
 * @param key stable identifier, also the DOM id suffix
 * @param titleKey message key of the section title
 * @param url where the section is loaded from
 * @param order position, smaller first
 */
public record MyDaySection(String key, String titleKey, String url, int order) {}
