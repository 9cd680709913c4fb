package dev.touchpoint.analytics.crosssell.need;

import java.time.LocalDate;

/**
 * One thing in a customer's history.
 *
 * @param date when
 * @param kind what kind of thing
 * @param value its code (SKU, category code, stage, action)
 */
public record HistoryEntry(LocalDate date, HistoryKind kind, String value) {}
