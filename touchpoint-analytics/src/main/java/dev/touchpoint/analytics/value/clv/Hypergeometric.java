package dev.touchpoint.analytics.value.clv;

/** The Gauss hypergeometric function by its power series, for 0 ≤ z &lt; 1. */
final class Hypergeometric {

    private static final int MAX_TERMS = 1_000_000;
    private static final double RELATIVE_TOLERANCE = 1e-15;

    private Hypergeometric() {}

    /**
     * Returns <sub>2</sub>F<sub>1</sub>(a, b; c; z) = Σ<sub>n≥0</sub> (a)<sub>n</sub>(b)<sub>n</sub>
     * / (c)<sub>n</sub> · z<sup>n</sup>/n!.
     *
     * @throws ArithmeticException if z is outside [0, 1) or the series does not converge
     */
    static double f21(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new ArithmeticException("2F1 series needs 0 <= z < 1, was " + z);
        }
        double term = 1.0;
        double sum = 1.0;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.abs(term) <= RELATIVE_TOLERANCE * Math.abs(sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1 series did not converge for z = " + z);
    }
}
