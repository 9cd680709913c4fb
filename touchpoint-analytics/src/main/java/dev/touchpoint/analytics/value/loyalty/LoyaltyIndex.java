package dev.touchpoint.analytics.value.loyalty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the loyalty index and type.
 *
 * <p>Index = 100 · Σ<sub>k∈A</sub> w<sub>k</sub> s<sub>k</sub> ÷ Σ<sub>k∈A</sub> w<sub>k</sub>, where
 * A is the set of indicators with a positive weight that the data holds. Missing indicators are
 * <em>re-weighted away</em> — the index is the weighted mean of what is known, never a zero for what
 * is not — and reported, with the coverage Σ<sub>A</sub> w ÷ Σ w, so a reader can tell an index
 * built from one indicator from one built from six. With no weighted indicator available there is
 * no index.
 *
 * <p>Type, with I the index and ρ the purchase-rate trend (recent ÷ earlier rate, see the lifecycle
 * package): I &lt; {@value #DISPERSED_BELOW} → dispersed; ρ ≤ {@value #CHANGING_TREND} → changing;
 * I ≥ {@value #CONTINUOUS_FROM} and (ρ ≥ {@value #STEADY_TREND} or ρ unknown) → continuous;
 * otherwise intermittent. Sources: seed 002 (six indicators, four types).
 */
public final class LoyaltyIndex {

    /** Index below which loyalty is dispersed. */
    public static final double DISPERSED_BELOW = 40;
    /** Index from which loyalty can be continuous. */
    public static final double CONTINUOUS_FROM = 60;
    /** Trend at or below which loyalty is changing. */
    public static final double CHANGING_TREND = 0.5;
    /** Trend from which the purchase rate counts as steady. */
    public static final double STEADY_TREND = 0.75;

    private LoyaltyIndex() {}

    /**
     * Computes the index.
     *
     * @param input available indicator scores
     * @param weights the weights
     * @return the score, or empty when no weighted indicator is available
     */
    public static Optional<LoyaltyScore> of(LoyaltyInput input, LoyaltyWeights weights) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(weights, "weights");
        double weighted = 0;
        double available = 0;
        double total = 0;
        List<LoyaltyIndicator> used = new ArrayList<>();
        List<LoyaltyIndicator> missing = new ArrayList<>();
        for (LoyaltyIndicator k : LoyaltyIndicator.values()) {
            double w = weights.of(k);
            if (w == 0) {
                continue;
            }
            total += w;
            Double s = input.scores().get(k);
            if (s == null) {
                missing.add(k);
            } else {
                used.add(k);
                available += w;
                weighted += w * s;
            }
        }
        if (available == 0) {
            return Optional.empty();
        }
        return Optional.of(new LoyaltyScore(100 * weighted / available, available / total, used, missing));
    }

    /**
     * Returns the loyalty type.
     *
     * @param index the loyalty index, 0–100
     * @param trend the purchase-rate trend; NaN when unknown
     * @return the type
     */
    public static LoyaltyType type(double index, double trend) {
        if (index < DISPERSED_BELOW) {
            return LoyaltyType.DISPERSED;
        }
        if (trend <= CHANGING_TREND) {
            return LoyaltyType.CHANGING;
        }
        if (index >= CONTINUOUS_FROM && (Double.isNaN(trend) || trend >= STEADY_TREND)) {
            return LoyaltyType.CONTINUOUS;
        }
        return LoyaltyType.INTERMITTENT;
    }
}
