package dev.touchpoint.analytics.value.rfm;

import java.util.Arrays;

/**
 * The rule that splits R, F and M into "high" and "low" for the eight segments.
 *
 * <p>A customer is high on F (or M) when the value is strictly above the threshold, and high on R
 * when the recency in days is strictly <em>below</em> it (bought more recently than the
 * threshold). A value equal to the threshold counts as low.
 */
public enum SegmentThreshold {
    /** The arithmetic mean over all customers. */
    MEAN {
        @Override
        double of(double[] values) {
            return Arrays.stream(values).average().orElse(Double.NaN);
        }
    },
    /** The median over all customers (mean of the two middle values when their count is even). */
    MEDIAN {
        @Override
        double of(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    };

    /**
     * Computes the threshold of a set of values.
     *
     * @param values one value per customer, not empty
     * @return the threshold
     */
    abstract double of(double[] values);
}
