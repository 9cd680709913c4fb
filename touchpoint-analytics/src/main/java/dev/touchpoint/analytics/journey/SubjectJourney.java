package dev.touchpoint.analytics.journey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * All events of one subject (customer or visitor) in time order — the unit every journey analysis
 * consumes.
 *
 * <p>The events are sorted by {@link JourneyEvent#occurredAt()}; events with the same instant keep
 * the order in which they were given (a stable sort), so the result is deterministic for a given
 * input order. Producers that need a tiebreak independent of input order should sort simultaneous
 * events themselves (for example by event id) before building the journey.
 *
 * @param subjectId the subject, not blank
 * @param events the subject's events, sorted on construction; every event must belong to the subject
 */
public record SubjectJourney(String subjectId, List<JourneyEvent> events) {

    /** Chronological order: by instant only, so that a stable sort keeps input order on ties. */
    static final Comparator<JourneyEvent> CHRONOLOGICAL = Comparator.comparing(JourneyEvent::occurredAt);

    /** Validates the subject and sorts the events; see the component descriptions. */
    public SubjectJourney {
        if (subjectId == null || subjectId.isBlank()) {
            throw new IllegalArgumentException("subjectId must not be blank");
        }
        List<JourneyEvent> sorted = new ArrayList<>(Objects.requireNonNull(events, "events"));
        for (JourneyEvent event : sorted) {
            if (!event.subjectId().equals(subjectId)) {
                throw new IllegalArgumentException("event of " + event.subjectId() + " in the journey of " + subjectId);
            }
        }
        sorted.sort(CHRONOLOGICAL);
        events = List.copyOf(sorted);
    }

    /** Returns the journey of {@code subjectId} made of {@code events} (in any order). */
    public static SubjectJourney of(String subjectId, List<JourneyEvent> events) {
        return new SubjectJourney(subjectId, events);
    }
}
