package dev.touchpoint.analytics.value.lifecycle;

/**
 * The configurable thresholds of {@link Lifecycle#classify}.
 *
 * @param longTermDays tenure (days since the first purchase) from which a customer can be long-term, &gt; 0
 * @param longTermPurchases distinct purchase days from which a customer can be long-term, ≥ 2
 * @param churningBelow probability alive below which the customer is churning (phase decline), in [0, 1]
 * @param exitBelow probability alive below which the customer has exited, in [0, churningBelow]
 * @param declineRatio the purchase-rate trend at or below which the phase is decline, in (0, 1)
 * @param growthRatio the purchase-rate trend at or above which the phase is growth, &gt; 1
 * @param windowDays the recent window the trend compares with the earlier tenure, &gt; 0
 */
public record LifecycleThresholds(
        int longTermDays,
        int longTermPurchases,
        double churningBelow,
        double exitBelow,
        double declineRatio,
        double growthRatio,
        int windowDays) {

    /**
     * Defaults: long-term after 365 days and 3 purchase days; churning below 0.3, exit below 0.1;
     * decline at a trend ≤ 0.5, growth at ≥ 1.5; a 365-day recent window.
     */
    public static final LifecycleThresholds DEFAULTS = new LifecycleThresholds(365, 3, 0.3, 0.1, 0.5, 1.5, 365);

    /** Validates the thresholds. */
    public LifecycleThresholds {
        if (longTermDays <= 0 || longTermPurchases < 2 || windowDays <= 0) {
            throw new IllegalArgumentException("need longTermDays > 0, longTermPurchases >= 2, windowDays > 0");
        }
        if (!(churningBelow >= 0 && churningBelow <= 1 && exitBelow >= 0 && exitBelow <= churningBelow)) {
            throw new IllegalArgumentException("need 0 <= exitBelow <= churningBelow <= 1");
        }
        if (!(declineRatio > 0 && declineRatio < 1 && growthRatio > 1)) {
            throw new IllegalArgumentException("need 0 < declineRatio < 1 < growthRatio");
        }
    }
}
