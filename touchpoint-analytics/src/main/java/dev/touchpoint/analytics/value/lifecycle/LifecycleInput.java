package dev.touchpoint.analytics.value.lifecycle;

/**
 * What the lifecycle of one customer is decided from.
 *
 * @param tenureDays days from the first purchase to the as-of date, ≥ 0
 * @param purchaseDays distinct purchase days up to the as-of date, ≥ 1
 * @param recentPurchaseDays distinct purchase days within the recent window (the last
 *     {@link LifecycleThresholds#windowDays()} days up to the as-of date), in [0, purchaseDays]
 * @param probabilityAlive P(alive) from BG/NBD, in [0, 1]
 */
public record LifecycleInput(long tenureDays, int purchaseDays, int recentPurchaseDays, double probabilityAlive) {

    /** Validates the input. */
    public LifecycleInput {
        if (tenureDays < 0 || purchaseDays < 1 || recentPurchaseDays < 0 || recentPurchaseDays > purchaseDays) {
            throw new IllegalArgumentException("need tenure >= 0, purchases >= 1, 0 <= recent <= purchases");
        }
        if (!(probabilityAlive >= 0 && probabilityAlive <= 1)) {
            throw new IllegalArgumentException("probabilityAlive must be in [0, 1], was " + probabilityAlive);
        }
    }

    /**
     * Returns the purchase-rate trend: the rate in the recent window divided by the rate over the
     * earlier tenure, (recent ÷ W) ÷ ((purchases − recent) ÷ (tenure − W)).
     *
     * @param windowDays W, the recent window in days
     * @return the ratio; NaN when the tenure is not longer than the window (no earlier period), and
     *     +∞ when there was no earlier purchase but a recent one
     */
    public double trend(int windowDays) {
        if (tenureDays <= windowDays) {
            return Double.NaN;
        }
        double earlierRate = (purchaseDays - recentPurchaseDays) / (double) (tenureDays - windowDays);
        double recentRate = recentPurchaseDays / (double) windowDays;
        return earlierRate == 0 ? Double.POSITIVE_INFINITY : recentRate / earlierRate;
    }
}
