package dev.touchpoint.server.journey;

import java.time.Instant;
import java.util.Set;

/**
 * Which events an analysis streams: the period {@code [from, to)}, which rows, and optionally only the
 * subjects who met one of the {@code anchorIds} touchpoints in the period.
 *
 * @param touchpointIds with {@link Rows#MATCHING}: these touchpoints…
 * @param kinds …or these event kinds
 * @param attributes whether to load the free attributes (only when a filter needs them)
 */
record EventSelection(Instant from, Instant to, Rows rows, Set<Long> touchpointIds, Set<String> kinds,
        Set<Long> anchorIds, boolean attributes) {

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

    static EventSelection all(Instant from, Instant to) {
        return new EventSelection(from, to, Rows.ALL, Set.of(), Set.of(), Set.of(), false);
    }

    static EventSelection of(Instant from, Instant to, Rows rows) {
        return new EventSelection(from, to, rows, Set.of(), Set.of(), Set.of(), false);
    }

    EventSelection withAnchor(Set<Long> anchor) {
        return new EventSelection(from, to, rows, touchpointIds, kinds, Set.copyOf(anchor), attributes);
    }
}
