package dev.touchpoint.bench;

import java.util.Arrays;

/** Small statistics helpers for bench reports. */
final class Stats {

    private Stats() {}

    static double median(double[] values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double p) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
