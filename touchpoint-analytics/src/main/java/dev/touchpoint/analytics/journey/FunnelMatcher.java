package dev.touchpoint.analytics.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds each subject's counted funnel attempt: the one that reaches the furthest step, the earliest
 * on ties. All three modes run in O(events × steps) per subject.
 */
final class FunnelMatcher {

    private final List<EventPattern> steps;
    private final Duration window;
    private final int m;

    FunnelMatcher(List<EventPattern> steps, Duration window) {
        this.steps = steps;
        this.window = window;
        this.m = steps.size();
    }

    /** Returns the counted attempt, or {@code null} when the subject never did step 1. */
    FunnelAttempt find(List<JourneyEvent> events, FunnelOrder order) {
        return switch (order) {
            case ORDERED -> ordered(events);
            case STRICT -> strict(events);
            case ANY -> any(events);
        };
    }

    /**
     * Every step-1 event opens an attempt; every waiting attempt advances at the first event matching
     * its next step (greedy earliest matching is optimal for subsequences). Because an earlier attempt
     * is never behind a later one, the live attempts form contiguous blocks by level, so counting them
     * per level suffices; the earliest attempt to reach a new level is then the oldest live one.
     */
    private FunnelAttempt ordered(List<JourneyEvent> events) {
        int[] starts = new int[events.size()];
        int[] waiting = new int[m + 1];
        int opened = 0;
        int oldest = 0;
        int best = 0;
        int bestStart = -1;
        for (int i = 0; i < events.size(); i++) {
            JourneyEvent event = events.get(i);
            while (oldest < opened && pastWindow(events.get(starts[oldest]), event)) {
                dropHighest(waiting);
                oldest++;
            }
            for (int k = m - 1; k >= 1; k--) {
                if (waiting[k] > 0 && steps.get(k).matches(event)) {
                    waiting[k + 1] += waiting[k];
                    waiting[k] = 0;
                    if (k + 1 > best) {
                        best = k + 1;
                        bestStart = starts[oldest];
                    }
                }
            }
            if (steps.get(0).matches(event)) {
                starts[opened++] = i;
                waiting[1]++;
                if (best == 0) {
                    best = 1;
                    bestStart = i;
                }
            }
        }
        return best == 0 ? null : greedyFrom(events, bestStart);
    }

    private static void dropHighest(int[] waiting) {
        for (int k = waiting.length - 1; k >= 1; k--) {
            if (waiting[k] > 0) {
                waiting[k]--;
                return;
            }
        }
    }

    private FunnelAttempt greedyFrom(List<JourneyEvent> events, int start) {
        int[] positions = new int[m];
        positions[0] = start;
        int k = 1;
        for (int i = start + 1; i < events.size() && k < m; i++) {
            if (pastWindow(events.get(start), events.get(i))) {
                break;
            }
            if (steps.get(k).matches(events.get(i))) {
                positions[k++] = i;
            }
        }
        return new FunnelAttempt(start, Arrays.copyOf(positions, k));
    }

    private FunnelAttempt strict(List<JourneyEvent> events) {
        int best = 0;
        int bestStart = -1;
        for (int i = 0; i < events.size() && best < m; i++) {
            if (steps.get(0).matches(events.get(i))) {
                int reach = strictReach(events, i);
                if (reach > best) {
                    best = reach;
                    bestStart = i;
                }
            }
        }
        if (best == 0) {
            return null;
        }
        int first = bestStart;
        int[] positions = new int[best];
        Arrays.setAll(positions, k -> first + k);
        return new FunnelAttempt(first, positions);
    }

    private int strictReach(List<JourneyEvent> events, int start) {
        int k = 1;
        while (k < m
                && start + k < events.size()
                && !pastWindow(events.get(start), events.get(start + k))
                && steps.get(k).matches(events.get(start + k))) {
            k++;
        }
        return k;
    }

    /**
     * Slides a window over the events, anchored at each event in turn, keeping per distinct step
     * pattern the number of matching events inside. Steps {@code 1..k} are present when every
     * pattern has at least as many matches as it occurs among steps {@code 1..k} (so a repeated step
     * needs as many events). An anchor that none of the reached steps uses is skipped: the next anchor
     * reaches at least as far.
     */
    private FunnelAttempt any(List<JourneyEvent> events) {
        AnyWindow counts = new AnyWindow(steps);
        int best = 0;
        int bestAnchor = -1;
        int right = 0;
        for (int a = 0; a < events.size() && best < m; a++) {
            if (a > 0) {
                counts.remove(events.get(a - 1));
            }
            while (right < events.size() && !pastWindow(events.get(a), events.get(right))) {
                counts.add(events.get(right++));
            }
            int level = counts.level();
            if (level > best && counts.usedBy(events.get(a), level)) {
                best = level;
                bestAnchor = a;
            }
        }
        return best == 0 ? null : anyFrom(events, bestAnchor, best);
    }

    private FunnelAttempt anyFrom(List<JourneyEvent> events, int anchor, int reach) {
        AnyWindow counts = new AnyWindow(steps);
        int[] positions = new int[reach];
        int level = 0;
        for (int i = anchor; level < reach; i++) {
            counts.add(events.get(i));
            while (level < reach && counts.present(level)) {
                positions[level++] = i;
            }
        }
        return new FunnelAttempt(anchor, positions);
    }

    private boolean pastWindow(JourneyEvent start, JourneyEvent event) {
        return event.occurredAt().isAfter(start.occurredAt().plus(window));
    }

    /** Per distinct step pattern, how many events in the current window match it. */
    private static final class AnyWindow {
        private final List<EventPattern> distinct = new ArrayList<>();
        private final int[] patternOfStep;
        private final int[] needed;
        private final int[] count;

        AnyWindow(List<EventPattern> steps) {
            patternOfStep = new int[steps.size()];
            needed = new int[steps.size()];
            for (int k = 0; k < steps.size(); k++) {
                int p = distinct.indexOf(steps.get(k));
                if (p < 0) {
                    p = distinct.size();
                    distinct.add(steps.get(k));
                }
                patternOfStep[k] = p;
            }
            count = new int[distinct.size()];
            int[] seen = new int[distinct.size()];
            for (int k = 0; k < steps.size(); k++) {
                needed[k] = ++seen[patternOfStep[k]];
            }
        }

        void add(JourneyEvent event) {
            shift(event, 1);
        }

        void remove(JourneyEvent event) {
            shift(event, -1);
        }

        private void shift(JourneyEvent event, int delta) {
            for (int p = 0; p < distinct.size(); p++) {
                if (distinct.get(p).matches(event)) {
                    count[p] += delta;
                }
            }
        }

        /** Whether step {@code k} (0-based) has enough matching events, given steps before it do. */
        boolean present(int k) {
            return count[patternOfStep[k]] >= needed[k];
        }

        int level() {
            int k = 0;
            while (k < patternOfStep.length && present(k)) {
                k++;
            }
            return k;
        }

        boolean usedBy(JourneyEvent event, int level) {
            for (int k = 0; k < level; k++) {
                if (distinct.get(patternOfStep[k]).matches(event)) {
                    return true;
                }
            }
            return false;
        }
    }
}
