package dev.touchpoint.analytics.journey;

/** What a node of a path stands for: the touchpoint of each event, or its zone (移动线). */
public enum PathNodeKey {
    /** Nodes are touchpoint codes. */
    TOUCHPOINT,
    /** Nodes are zones; events without a zone are skipped. */
    ZONE;

    String of(JourneyEvent event) {
        return this == TOUCHPOINT ? event.touchpoint() : event.zone();
    }
}
