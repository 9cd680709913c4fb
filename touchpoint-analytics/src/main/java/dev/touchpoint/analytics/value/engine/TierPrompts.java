package dev.touchpoint.analytics.value.engine;

import java.util.Map;

/**
 * Threshold (临界) and qualified (达标) customers (DOMAIN §6): with tiers ordered by their minimum
 * revenue over the last 12 months, a customer whose revenue reached the next higher tier's minimum
 * is {@code QUALIFIED}; one within {@code share} of it (revenue ≥ share × minimum) is
 * {@code THRESHOLD}; otherwise there is no prompt.
 */
public final class TierPrompts {

    private TierPrompts() {}

    /**
     * The prompt of a customer.
     *
     * @param tier the customer's tier code
     * @param revenue12m revenue over the last 12 months
     * @param minimums minimum revenue of each tier
     * @param share the threshold share (e.g. 0.8)
     * @return {@code QUALIFIED:<tier>}, {@code THRESHOLD:<tier>}, or null
     */
    public static String of(String tier, double revenue12m, Map<String, Double> minimums, double share) {
        Double own = minimums.get(tier);
        if (own == null) {
            return null;
        }
        String next = null;
        double nextMinimum = Double.MAX_VALUE;
        for (var e : minimums.entrySet()) {
            if (e.getValue() > own && e.getValue() < nextMinimum) {
                next = e.getKey();
                nextMinimum = e.getValue();
            }
        }
        if (next == null) {
            return null;
        }
        if (revenue12m >= nextMinimum) {
            return "QUALIFIED:" + next;
        }
        return revenue12m >= share * nextMinimum ? "THRESHOLD:" + next : null;
    }
}
