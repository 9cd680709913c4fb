package dev.touchpoint.analytics.journey;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of {@link Funnel#analyze}: all subjects together, then per breakdown group.
 *
 * @param steps the steps over all subjects who did step 1
 * @param breakdown the steps per breakdown group, ordered by group name; empty without breakdown
 * @param excludedSubjects subjects whose progress an exclusion step cut short
 */
public record FunnelResult(
        List<FunnelStepResult> steps, Map<String, List<FunnelStepResult>> breakdown, long excludedSubjects) {

    /** Copies the lists and keeps the groups sorted by name. */
    public FunnelResult {
        steps = List.copyOf(steps);
        TreeMap<String, List<FunnelStepResult>> sorted = new TreeMap<>();
        breakdown.forEach((group, list) -> sorted.put(group, List.copyOf(list)));
        breakdown = Collections.unmodifiableMap(sorted);
    }

    /** Returns step {@code k} (1-based). */
    public FunnelStepResult step(int k) {
        return steps.get(k - 1);
    }
}
