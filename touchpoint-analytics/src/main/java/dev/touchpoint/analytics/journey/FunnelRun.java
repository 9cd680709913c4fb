package dev.touchpoint.analytics.journey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The mutable state of one {@link Funnel#analyze} pass. */
final class FunnelRun {

    private final Funnel funnel;
    private final FunnelMatcher matcher;
    private final FunnelTally total;
    private final Map<String, FunnelTally> groups = new TreeMap<>();
    private long excluded;

    FunnelRun(Funnel funnel) {
        this.funnel = funnel;
        this.matcher = new FunnelMatcher(funnel.steps(), funnel.window());
        this.total = new FunnelTally(funnel.steps().size());
    }

    void add(SubjectJourney journey) {
        List<JourneyEvent> events = journey.events();
        FunnelAttempt attempt = matcher.find(events, funnel.order());
        if (attempt == null) {
            return;
        }
        int reached = afterExclusions(events, attempt);
        if (reached < attempt.reached()) {
            excluded++;
        }
        long[] millis = attempt.millisToSteps(events, reached);
        total.add(journey.subjectId(), reached, millis);
        String group = funnel.breakdown().groupOf(journey.subjectId(), events.get(attempt.start()));
        if (group != null) {
            groups.computeIfAbsent(group, g -> new FunnelTally(funnel.steps().size()))
                    .add(journey.subjectId(), reached, millis);
        }
    }

    private int afterExclusions(List<JourneyEvent> events, FunnelAttempt attempt) {
        int reached = attempt.reached();
        for (FunnelExclusion exclusion : funnel.exclusions()) {
            int from = exclusion.fromStep();
            if (reached > from && excludedBetween(events, attempt, exclusion)) {
                reached = from;
            }
        }
        return reached;
    }

    private boolean excludedBetween(List<JourneyEvent> events, FunnelAttempt attempt, FunnelExclusion exclusion) {
        int to = exclusion.resolvedTo(funnel.steps().size());
        boolean reachedTo = attempt.reached() >= to;
        int until = reachedTo ? attempt.position(to) : events.size();
        Instant windowEnd = attempt.windowEnd(events, funnel.window());
        for (int i = attempt.position(exclusion.fromStep()) + 1; i < until; i++) {
            JourneyEvent event = events.get(i);
            if (!reachedTo && event.occurredAt().isAfter(windowEnd)) {
                return false;
            }
            if (exclusion.event().matches(event)) {
                return true;
            }
        }
        return false;
    }

    FunnelResult result() {
        List<String> labels = funnel.steps().stream().map(EventPattern::label).toList();
        Map<String, List<FunnelStepResult>> byGroup = new TreeMap<>();
        groups.forEach((group, tally) -> byGroup.put(group, tally.results(labels)));
        return new FunnelResult(total.results(labels), byGroup, excluded);
    }
}
