package dev.touchpoint.analytics.journey;

import java.time.Instant;
import java.util.List;

/** Test fixtures: events at whole minutes after a fixed origin (Monday 2024-01-01T00:00Z). */
final class Events {

    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private Events() {}

    static Instant at(long minutes) {
        return T0.plusSeconds(minutes * 60);
    }

    static JourneyEvent event(String subject, String touchpoint, long minute) {
        return JourneyEvent.of(subject, touchpoint, TouchpointKind.EXPERIENCE, at(minute));
    }

    static JourneyEvent event(String subject, String touchpoint, TouchpointKind kind, long minute) {
        return JourneyEvent.of(subject, touchpoint, kind, at(minute));
    }

    static SubjectJourney journey(String subject, JourneyEvent... events) {
        return SubjectJourney.of(subject, List.of(events));
    }

    /** A journey of plain EXPERIENCE events, one per touchpoint, at the given minutes. */
    static SubjectJourney path(String subject, Object... touchpointMinutePairs) {
        JourneyEvent[] events = new JourneyEvent[touchpointMinutePairs.length / 2];
        for (int i = 0; i < events.length; i++) {
            String code = (String) touchpointMinutePairs[2 * i];
            long minute = ((Number) touchpointMinutePairs[2 * i + 1]).longValue();
            events[i] = event(subject, code, minute);
        }
        return journey(subject, events);
    }
}
