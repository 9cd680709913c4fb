package dev.touchpoint.analytics.value.performance;

import java.util.EnumMap;
import java.util.Map;

/**
 * LMDI-I additive decomposition of the change in gross profit between two periods.
 *
 * <p>With V = Π<sub>k</sub> x<sub>k</sub> the performance formula and L the logarithmic mean
 * L(a, b) = (a − b)/(ln a − ln b), L(a, a) = a, the contribution of factor k is ΔV<sub>k</sub> =
 * L(V<sup>1</sup>, V<sup>0</sup>) · ln(x<sub>k</sub><sup>1</sup>/x<sub>k</sub><sup>0</sup>). Since
 * Σ ln(x<sub>k</sub><sup>1</sup>/x<sub>k</sub><sup>0</sup>) = ln(V<sup>1</sup>/V<sup>0</sup>), the
 * parts add up to V<sup>1</sup> − V<sup>0</sup> with no residual.
 *
 * <p>Logarithms need every factor and both gross profits strictly positive. Zero or negative
 * values are rejected with an {@link IllegalArgumentException} naming the factor and period; no
 * small-value substitution is made silently (Ang 2004 suggests replacing zeros by a tiny δ — the
 * caller may do so knowingly).
 *
 * <p>Source: B. W. Ang, "Decomposition analysis for policymaking in energy: which is the preferred
 * method?", Energy Policy 32 (2004); B. W. Ang, "The LMDI approach to decomposition analysis: a
 * practical guide", Energy Policy 33 (2005).
 */
public final class Lmdi {

    private Lmdi() {}

    /**
     * Decomposes the change in gross profit from {@code before} to {@code after}.
     *
     * @param before the base period
     * @param after the comparison period
     * @return one additive contribution per factor
     */
    public static LmdiDecomposition decompose(PerformancePeriod before, PerformancePeriod after) {
        Map<PerformanceFactor, Double> x0 = before.factors();
        Map<PerformanceFactor, Double> x1 = after.factors();
        double v0 = positive(before.grossProfit(), "gross profit", "before");
        double v1 = positive(after.grossProfit(), "gross profit", "after");
        double weight = logarithmicMean(v1, v0);
        Map<PerformanceFactor, Double> parts = new EnumMap<>(PerformanceFactor.class);
        for (PerformanceFactor k : PerformanceFactor.values()) {
            double ratio = positive(x1.get(k), k.en(), "after") / positive(x0.get(k), k.en(), "before");
            parts.put(k, weight * Math.log(ratio));
        }
        return new LmdiDecomposition(v0, v1, parts);
    }

    /**
     * Returns the logarithmic mean L(a, b) = (a − b)/(ln a − ln b), with L(a, a) = a.
     *
     * @param a a positive number
     * @param b a positive number
     * @return L(a, b), between min(a, b) and max(a, b)
     */
    public static double logarithmicMean(double a, double b) {
        positive(a, "a", "logarithmic mean");
        positive(b, "b", "logarithmic mean");
        if (a == b) {
            return a;
        }
        return (a - b) / Math.log(a / b);
    }

    private static double positive(double value, String what, String period) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("LMDI needs positive values: " + what + " (" + period + ") is " + value);
        }
        return value;
    }
}
