package dev.touchpoint.analytics.value.warning;

import java.util.Map;

/**
 * The thresholds of the early-warning rules.
 *
 * @param churnMaxRecencyScore R score at or below which a customer meets the RFM churn standard…
 * @param churnMinValueScore …when F or M score is at least this (a customer worth keeping)
 * @param pAliveBelow P(alive) below which {@link WarningRule#P_ALIVE_LOW} fires
 * @param pAliveDrop absolute drop of P(alive) since the last run at or above which
 *     {@link WarningRule#P_ALIVE_DROP} fires
 * @param noPurchaseDays days without a purchase per tier code
 * @param defaultNoPurchaseDays days for a tier not in the map
 * @param behindPlanShare actual ÷ planned below which purchases are behind plan
 * @param valleyMaxEmotion emotion at or below which a touchpoint is a valley (2 = uncomfortable)
 * @param valleyWithinDays how recent a valley must be
 */
public record WarningPolicy(
        int churnMaxRecencyScore,
        int churnMinValueScore,
        double pAliveBelow,
        double pAliveDrop,
        Map<String, Integer> noPurchaseDays,
        int defaultNoPurchaseDays,
        double behindPlanShare,
        int valleyMaxEmotion,
        int valleyWithinDays) {

    /**
     * Defaults: R ≤ 1 with F or M ≥ 3; P(alive) &lt; 0.3 or a drop ≥ 0.2; no purchase for VIP 90,
     * KEY 120, NORMAL 180, SMALL 365 (else 180) days; behind plan below 50%; emotion ≤ 2 within 30 days.
     */
    public static final WarningPolicy DEFAULTS = new WarningPolicy(
            1, 3, 0.3, 0.2, Map.of("VIP", 90, "KEY", 120, "NORMAL", 180, "SMALL", 365), 180, 0.5, 2, 30);

    /** Validates and copies. */
    public WarningPolicy {
        noPurchaseDays = Map.copyOf(noPurchaseDays);
        if (defaultNoPurchaseDays <= 0 || noPurchaseDays.values().stream().anyMatch(d -> d <= 0)) {
            throw new IllegalArgumentException("no-purchase days must be > 0");
        }
        if (!(pAliveBelow >= 0 && pAliveBelow <= 1 && pAliveDrop > 0 && pAliveDrop <= 1)) {
            throw new IllegalArgumentException("need pAliveBelow in [0, 1] and pAliveDrop in (0, 1]");
        }
    }

    /**
     * Returns the no-purchase limit of a tier.
     *
     * @param tier tier code or null
     * @return days
     */
    public int noPurchaseDaysFor(String tier) {
        return tier == null ? defaultNoPurchaseDays : noPurchaseDays.getOrDefault(tier, defaultNoPurchaseDays);
    }
}
