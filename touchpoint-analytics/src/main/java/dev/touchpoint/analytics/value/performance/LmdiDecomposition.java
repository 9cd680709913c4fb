package dev.touchpoint.analytics.value.performance;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The additive attribution of a change in gross profit to the six performance factors.
 *
 * @param before gross profit V<sup>0</sup> of the base period
 * @param after gross profit V<sup>1</sup> of the comparison period
 * @param contributions ΔV<sub>k</sub> per factor; they sum to V<sup>1</sup> − V<sup>0</sup>
 */
public record LmdiDecomposition(double before, double after, Map<PerformanceFactor, Double> contributions) {

    /** Validates and copies. */
    public LmdiDecomposition {
        if (contributions.size() != PerformanceFactor.values().length) {
            throw new IllegalArgumentException("need one contribution per factor");
        }
        contributions = Collections.unmodifiableMap(new EnumMap<>(contributions));
    }

    /**
     * Returns the change to explain.
     *
     * @return V<sup>1</sup> − V<sup>0</sup>
     */
    public double change() {
        return after - before;
    }

    /**
     * Returns the sum of the contributions.
     *
     * @return Σ ΔV<sub>k</sub>, equal to {@link #change()} up to rounding
     */
    public double explained() {
        return contributions.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * Returns one factor's contribution.
     *
     * @param factor the factor
     * @return ΔV<sub>k</sub>
     */
    public double contribution(PerformanceFactor factor) {
        return contributions.get(factor);
    }
}
