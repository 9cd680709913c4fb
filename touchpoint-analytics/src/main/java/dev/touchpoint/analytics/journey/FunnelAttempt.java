package dev.touchpoint.analytics.journey;

import java.time.Instant;
import java.util.List;

/**
 * The counted attempt of one subject: the index of the event that started it and, for each reached
 * step {@code k}, the index of the event used for (or, in ANY mode, completing) step {@code k}.
 */
record FunnelAttempt(int start, int[] positions) {

    int reached() {
        return positions.length;
    }

    int position(int step) {
        return positions[step - 1];
    }

    Instant windowEnd(List<JourneyEvent> events, java.time.Duration window) {
        return events.get(start).occurredAt().plus(window);
    }

    /** Milliseconds from the start event to the event of each reached step. */
    long[] millisToSteps(List<JourneyEvent> events, int reached) {
        long origin = events.get(start).occurredAt().toEpochMilli();
        long[] millis = new long[reached];
        for (int k = 0; k < reached; k++) {
            millis[k] = events.get(positions[k]).occurredAt().toEpochMilli() - origin;
        }
        return millis;
    }
}
