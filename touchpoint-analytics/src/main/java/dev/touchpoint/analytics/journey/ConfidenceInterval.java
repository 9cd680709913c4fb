package dev.touchpoint.analytics.journey;

/**
 * A two-sided confidence interval.
 *
 * @param lower the lower bound
 * @param upper the upper bound, not below {@code lower}
 * @param level the confidence level in (0, 1), e.g. 0.95
 */
public record ConfidenceInterval(double lower, double upper, double level) {

    /** Validates the bounds and level. */
    public ConfidenceInterval {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower " + lower + " above upper " + upper);
        }
    }

    /** Returns whether {@code value} lies within the bounds (inclusive). */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
