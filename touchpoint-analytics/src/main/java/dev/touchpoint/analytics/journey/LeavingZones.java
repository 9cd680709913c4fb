package dev.touchpoint.analytics.journey;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where visits end without a purchase (客户在哪里离开): a visit is a run of a subject's events less
 * than 30 minutes apart on one local day (the default visit rule of the zone analysis), the gap
 * measured from the end of the previous event (its time plus its dwell duration, so a long wait in
 * the lounge does not split the visit); it <em>left
 * without buying</em> when none of its events is a PURCHASE or an END (a visit that ended normally,
 * such as a service pick-up), and it came before the subject's first purchase (later visits — deliveries,
 * service — are not prospects walking away). It is counted at the zone of its last zoned event that is not itself an
 * EXIT — the last place the person was before walking out. Complements {@link ZoneAnalysis}, which
 * counts every zone a visit entered.
 */
public final class LeavingZones implements Consumer<SubjectJourney> {

    private static final Duration MAX_GAP = Duration.ofMinutes(30);

    private final LocalCalendar calendar;
    private final String listZone;
    private final Map<String, Long> counts = new HashMap<>();
    private final List<String> listed = new ArrayList<>();

    /** Counts per zone; with {@code listZone}, also collects the subjects who left there. */
    public LeavingZones(ZoneId zone, String listZone) {
        this.calendar = new LocalCalendar(zone);
        this.listZone = listZone;
    }

    @Override
    public void accept(SubjectJourney journey) {
        java.time.Instant previousStart = null;
        java.time.Instant previousEnd = null;
        String last = null;
        boolean closed = false;
        boolean bought = false;
        boolean listedSubject = false;
        for (JourneyEvent e : journey.events()) {
            boolean split = previousEnd != null && newVisit(previousStart, previousEnd, e);
            if (split) {
                if (bought) {
                    return; // the first purchase has been made: later visits are customers', not prospects'
                }
                listedSubject |= end(journey.subjectId(), last, closed, listedSubject);
                last = null;
                closed = false;
            }
            bought |= e.kind() == TouchpointKind.PURCHASE;
            closed |= e.kind() == TouchpointKind.PURCHASE || e.kind() == TouchpointKind.END;
            if (e.zone() != null && e.kind() != TouchpointKind.EXIT) {
                last = e.zone();
            }
            var end = e.durationSeconds() == null
                    ? e.occurredAt()
                    : e.occurredAt().plusSeconds(e.durationSeconds());
            previousEnd = split || previousEnd == null || end.isAfter(previousEnd) ? end : previousEnd;
            previousStart = e.occurredAt();
        }
        if (previousEnd != null) {
            end(journey.subjectId(), last, closed, listedSubject);
        }
    }

    private boolean end(String subject, String lastZone, boolean closed, boolean alreadyListed) {
        if (closed || lastZone == null) {
            return false;
        }
        counts.merge(lastZone, 1L, Long::sum);
        if (lastZone.equals(listZone) && !alreadyListed) {
            listed.add(subject);
            return true;
        }
        return false;
    }

    private boolean newVisit(java.time.Instant previousStart, java.time.Instant previousEnd, JourneyEvent next) {
        return Duration.between(previousEnd, next.occurredAt()).compareTo(MAX_GAP) >= 0
                || calendar.epochDay(previousStart) != calendar.epochDay(next.occurredAt());
    }

    /** Visits that left without buying per zone, most first. */
    public Map<String, Long> counts() {
        var sorted = new LinkedHashMap<String, Long>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The subjects who left without buying at the listed zone (once each). */
    public List<String> listed() {
        return listed;
    }

    /** Passes each journey to {@code sink} as the wrapped analysis reads it: two measures, one pass. */
    public static Iterable<SubjectJourney> tee(Iterable<SubjectJourney> journeys, Consumer<SubjectJourney> sink) {
        return () -> {
            Iterator<SubjectJourney> source = journeys.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return source.hasNext();
                }

                @Override
                public SubjectJourney next() {
                    var j = source.next();
                    sink.accept(j);
                    return j;
                }
            };
        };
    }
}
