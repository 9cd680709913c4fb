package dev.touchpoint.analytics.value.clv;

/**
 * How lifetime value is discounted: N periods of a given length, a per-period discount rate and a
 * margin.
 *
 * @param periods N, the number of discounting periods, ≥ 1
 * @param periodLength the length of one period in the unit of the summaries (e.g. 4.345 weeks for
 *     a month when the unit is weeks), &gt; 0
 * @param discountRate d, the discount rate per period, ≥ 0 (e.g. 0.01 a month)
 * @param margin the profit margin applied to spend, in [0, 1]
 */
public record DiscountOptions(int periods, double periodLength, double discountRate, double margin) {

    /** Validates the options. */
    public DiscountOptions {
        if (periods < 1) {
            throw new IllegalArgumentException("periods must be >= 1, was " + periods);
        }
        if (!(periodLength > 0) || !Double.isFinite(periodLength)) {
            throw new IllegalArgumentException("periodLength must be finite and > 0, was " + periodLength);
        }
        if (!(discountRate >= 0) || !Double.isFinite(discountRate)) {
            throw new IllegalArgumentException("discountRate must be finite and >= 0, was " + discountRate);
        }
        if (!(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("margin must be in [0, 1], was " + margin);
        }
    }

    /**
     * Creates discounting options.
     *
     * @param periods number of periods
     * @param periodLength length of a period in summary units
     * @param discountRate discount rate per period
     * @param margin profit margin
     * @return the options
     */
    public static DiscountOptions of(int periods, double periodLength, double discountRate, double margin) {
        return new DiscountOptions(periods, periodLength, discountRate, margin);
    }
}
