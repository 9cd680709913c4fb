package dev.touchpoint.server.journey;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which events an analysis streams: the period {@code [from, to)}, which rows, optionally only the
 * subjects who met one of the {@code anchorIds} touchpoints in the period, and which of the optional
 * columns it reads (the others arrive as {@code null}: fewer bytes to format, send and parse).
 *
 * @param touchpointIds with {@link Rows#MATCHING}: these touchpoints…
 * @param kinds …or these event kinds
 * @param columns the optional columns the analysis reads; subject, touchpoint, kind, stage and time always come
 * @param customersOnly whether to leave out anonymous visitors even for users who may see them
 */
record EventSelection(
        Instant from,
        Instant to,
        Rows rows,
        Set<Long> touchpointIds,
        Set<String> kinds,
        Set<Long> anchorIds,
        Set<Column> columns,
        boolean customersOnly) {

    enum Rows {
        /** Every event. */
        ALL,
        /** Events at the given touchpoints or of the given kinds. */
        MATCHING,
        /** Events with an emotion answer, and purchases. */
        EMOTION_OR_PURCHASE,
        /** Events with a zone, and purchases. */
        ZONED_OR_PURCHASE
    }

    /** The optional columns of an event. */
    enum Column {
        CHANNEL,
        SITE,
        ZONE,
        PRODUCT,
        DURATION,
        EMOTION,
        /** The free attributes (JSON): only when a filter needs them. */
        ATTRIBUTES
    }

    EventSelection {
        touchpointIds = Set.copyOf(touchpointIds);
        kinds = Set.copyOf(kinds);
        anchorIds = Set.copyOf(anchorIds);
        columns = columns.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(columns));
    }

    /** The given rows with the given optional columns. */
    static EventSelection of(Instant from, Instant to, Rows rows, Column... columns) {
        return new EventSelection(from, to, rows, Set.of(), Set.of(), Set.of(), Set.of(columns), false);
    }

    boolean reads(Column column) {
        return columns.contains(column);
    }

    EventSelection withAnchor(Set<Long> anchor) {
        return new EventSelection(from, to, rows, touchpointIds, kinds, anchor, columns, customersOnly);
    }

    /** The same selection with or without anonymous visitors' events. */
    EventSelection withCustomersOnly(boolean only) {
        return new EventSelection(from, to, rows, touchpointIds, kinds, anchorIds, columns, only);
    }
}
