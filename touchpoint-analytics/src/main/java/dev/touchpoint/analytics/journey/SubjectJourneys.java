package dev.touchpoint.analytics.journey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds {@link SubjectJourney} streams from flat event streams.
 *
 * <p>{@link #groupConsecutive} is the streaming path (for example over a database cursor ordered by
 * subject): it holds one subject's events at a time. {@link #group} is the in-memory convenience for
 * small, unordered inputs.
 */
public final class SubjectJourneys {

    private SubjectJourneys() {}

    /**
     * Groups a stream in which each subject's events are contiguous (in any time order within the
     * subject) into journeys, lazily.
     *
     * @throws IllegalStateException from the returned iterator if a subject reappears after another
     */
    public static Iterator<SubjectJourney> groupConsecutive(Iterator<JourneyEvent> events) {
        return new ConsecutiveGrouper(events);
    }

    /** Groups events given in any order into journeys, ordered by subject id. */
    public static List<SubjectJourney> group(Iterable<JourneyEvent> events) {
        Map<String, List<JourneyEvent>> bySubject = new TreeMap<>();
        for (JourneyEvent event : events) {
            bySubject
                    .computeIfAbsent(event.subjectId(), id -> new ArrayList<>())
                    .add(event);
        }
        List<SubjectJourney> journeys = new ArrayList<>(bySubject.size());
        bySubject.forEach((id, list) -> journeys.add(SubjectJourney.of(id, list)));
        return journeys;
    }

    private static final class ConsecutiveGrouper implements Iterator<SubjectJourney> {
        private final Iterator<JourneyEvent> source;
        private final Set<String> finished = new HashSet<>();
        private JourneyEvent pending;

        ConsecutiveGrouper(Iterator<JourneyEvent> source) {
            this.source = source;
            this.pending = source.hasNext() ? source.next() : null;
        }

        @Override
        public boolean hasNext() {
            return pending != null;
        }

        @Override
        public SubjectJourney next() {
            if (pending == null) {
                throw new NoSuchElementException();
            }
            String subject = pending.subjectId();
            if (!finished.add(subject)) {
                throw new IllegalStateException("events of subject " + subject + " are not contiguous");
            }
            List<JourneyEvent> batch = new ArrayList<>();
            while (pending != null && pending.subjectId().equals(subject)) {
                batch.add(pending);
                pending = source.hasNext() ? source.next() : null;
            }
            return SubjectJourney.of(subject, batch);
        }
    }
}
