package dev.touchpoint.analytics.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Running counts for one funnel series (all subjects, or one breakdown group). */
final class FunnelTally {

    private final long[] counts;
    private final List<List<String>> dropped = new ArrayList<>();
    private final long[][] millis;
    private final int[] sizes;

    FunnelTally(int steps) {
        counts = new long[steps];
        millis = new long[steps][16];
        sizes = new int[steps];
        for (int k = 0; k < steps; k++) {
            dropped.add(new ArrayList<>());
        }
    }

    /** Counts a subject who reached {@code reached} steps, with times from the start per step. */
    void add(String subjectId, int reached, long[] millisToStep) {
        for (int k = 0; k < reached; k++) {
            counts[k]++;
            if (sizes[k] == millis[k].length) {
                millis[k] = Arrays.copyOf(millis[k], sizes[k] * 2);
            }
            millis[k][sizes[k]++] = millisToStep[k];
        }
        if (reached < counts.length) {
            dropped.get(reached - 1).add(subjectId);
        }
    }

    List<FunnelStepResult> results(List<String> labels) {
        List<FunnelStepResult> results = new ArrayList<>(counts.length);
        for (int k = 0; k < counts.length; k++) {
            long previous = k == 0 ? counts[0] : counts[k - 1];
            List<String> ids = new ArrayList<>(dropped.get(k));
            Collections.sort(ids);
            double[] times = k == 0 ? new double[0] : toDoubles(millis[k], sizes[k]);
            results.add(new FunnelStepResult(
                    k + 1,
                    labels.get(k),
                    counts[k],
                    Stats.ratio(counts[k], previous),
                    Stats.ratio(counts[k], counts[0]),
                    ids,
                    toDuration(Stats.quantile(times, 0.5)),
                    toDuration(Stats.mean(times))));
        }
        return results;
    }

    private static double[] toDoubles(long[] values, int size) {
        double[] copy = new double[size];
        for (int i = 0; i < size; i++) {
            copy[i] = values[i];
        }
        return copy;
    }

    private static Duration toDuration(double millis) {
        return Double.isNaN(millis) ? null : Duration.ofMillis(Math.round(millis));
    }
}
