package dev.touchpoint.analytics.value.loyalty;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weight of each indicator in the index; weights are relative (they need not sum to 1).
 *
 * @param weights a non-negative weight per indicator; an indicator left out weighs 0
 */
public record LoyaltyWeights(Map<LoyaltyIndicator, Double> weights) {

    /** Equal weights for the six indicators. */
    public static final LoyaltyWeights EQUAL = equal();

    /** Validates and copies. */
    public LoyaltyWeights {
        EnumMap<LoyaltyIndicator, Double> copy = new EnumMap<>(LoyaltyIndicator.class);
        for (LoyaltyIndicator k : LoyaltyIndicator.values()) {
            double w = weights.getOrDefault(k, 0.0);
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException(k + " weight must be finite and >= 0, was " + w);
            }
            copy.put(k, w);
        }
        if (copy.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        weights = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns an indicator's weight.
     *
     * @param indicator the indicator
     * @return its weight, ≥ 0
     */
    public double of(LoyaltyIndicator indicator) {
        return weights.get(indicator);
    }

    private static LoyaltyWeights equal() {
        EnumMap<LoyaltyIndicator, Double> w = new EnumMap<>(LoyaltyIndicator.class);
        for (LoyaltyIndicator k : LoyaltyIndicator.values()) {
            w.put(k, 1.0);
        }
        return new LoyaltyWeights(w);
    }
}
