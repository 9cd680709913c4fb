package dev.touchpoint.analytics.journey;

import java.util.Arrays;

/** Small descriptive statistics shared by the analyses. */
final class Stats {

    private Stats() {}

    /** Returns {@code part ÷ whole}, or 0 when {@code whole} is 0 (nothing to convert from). */
    static double ratio(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    /**
     * Returns the {@code p}-quantile (0..1) by linear interpolation between order statistics
     * (Hyndman &amp; Fan 1996 type 7, the default of R and Excel's PERCENTILE.INC); the median is the
     * mean of the two middle values for an even count. {@code values} is sorted in place.
     *
     * @return the quantile, or NaN for no values
     */
    static double quantile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        double h = (values.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, values.length - 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }

    /** Returns the arithmetic mean, or NaN for no values. */
    static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).sum() / values.length;
    }
}
