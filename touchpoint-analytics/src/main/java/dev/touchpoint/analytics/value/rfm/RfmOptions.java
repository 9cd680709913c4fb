package dev.touchpoint.analytics.value.rfm;

import java.util.Objects;

/**
 * Options of an RFM analysis.
 *
 * @param monetary how M is measured (sum or mean of the amounts)
 * @param threshold how high and low are split for the eight segments (mean or median)
 */
public record RfmOptions(MonetaryMeasure monetary, SegmentThreshold threshold) {

    /** The defaults: M as the sum of amounts, segments split at the mean. */
    public static final RfmOptions DEFAULTS = new RfmOptions(MonetaryMeasure.SUM, SegmentThreshold.MEAN);

    /** Validates the options. */
    public RfmOptions {
        Objects.requireNonNull(monetary, "monetary");
        Objects.requireNonNull(threshold, "threshold");
    }

    /**
     * Creates options.
     *
     * @param monetary how M is measured
     * @param threshold how segments are split
     * @return the options
     */
    public static RfmOptions of(MonetaryMeasure monetary, SegmentThreshold threshold) {
        return new RfmOptions(monetary, threshold);
    }
}
