package dev.touchpoint.analytics.crosssell.need;

/** What a history entry records, and what a need rule's trigger and need refer to. */
public enum HistoryKind {
    /** A product bought (its SKU). */
    PRODUCT,
    /** A product of a category bought (the category code). */
    CATEGORY,
    /** An order reached a stage (e.g. {@code DELIVERED}). */
    STAGE,
    /** A service done (the SKU of the service product). */
    SERVICE,
    /** An action taken for the customer (e.g. a renewal call); only as a need. */
    ACTION
}
