package dev.touchpoint.analytics.service;

import java.util.Arrays;
import java.util.Collection;

/**
 * Mean, median and 90th percentile of durations in business minutes. Service times are skewed (a
 * few tickets wait over a weekend), so the median and p90 are shown beside the mean.
 *
 * <p>Quantiles interpolate linearly between order statistics (Hyndman &amp; Fan 1996, type 7, as R's
 * default and Excel's PERCENTILE.INC): for sorted {@code x₀ … x₍ₙ₋₁₎}, {@code h = (n − 1)p},
 * {@code Q(p) = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋)}.
 *
 * @param count number of durations
 * @param mean arithmetic mean, NaN when empty
 * @param median {@code Q(0.5)}, NaN when empty
 * @param p90 {@code Q(0.9)}, NaN when empty
 * @param max the longest, 0 when empty
 */
public record DurationSummary(long count, double mean, double median, double p90, long max) {

    /** The summary of no durations. */
    public static final DurationSummary EMPTY = new DurationSummary(0, Double.NaN, Double.NaN, Double.NaN, 0);

    /** Summarises {@code minutes}. */
    public static DurationSummary of(Collection<Long> minutes) {
        if (minutes.isEmpty()) {
            return EMPTY;
        }
        double[] values =
                minutes.stream().mapToDouble(Long::doubleValue).sorted().toArray();
        double mean = Arrays.stream(values).sum() / values.length;
        return new DurationSummary(
                values.length, mean, quantile(values, 0.5), quantile(values, 0.9), (long) values[values.length - 1]);
    }

    /** Whether there is nothing to summarise. */
    public boolean isEmpty() {
        return count == 0;
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
