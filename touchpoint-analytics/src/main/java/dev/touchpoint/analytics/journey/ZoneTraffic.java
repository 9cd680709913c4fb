package dev.touchpoint.analytics.journey;

/**
 * Pass-by versus stop at one zone (停留/经过). {@code captureRate = subjects who stopped ÷ subjects
 * who passed or stopped}, where stopping means an {@link TouchpointKind#ENTRY} or {@link
 * TouchpointKind#DWELL} event at the zone and passing a {@link TouchpointKind#PASS} event.
 *
 * @param zone the zone
 * @param passEvents PASS events at the zone
 * @param stopEvents ENTRY and DWELL events at the zone
 * @param subjectsPassedOrStopped subjects with a PASS, ENTRY or DWELL event at the zone
 * @param subjectsStopped subjects with an ENTRY or DWELL event at the zone
 * @param captureRate {@code subjectsStopped ÷ subjectsPassedOrStopped}
 */
public record ZoneTraffic(
        String zone,
        long passEvents,
        long stopEvents,
        long subjectsPassedOrStopped,
        long subjectsStopped,
        double captureRate) {}
