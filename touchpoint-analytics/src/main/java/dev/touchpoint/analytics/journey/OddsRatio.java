package dev.touchpoint.analytics.journey;

/**
 * The odds ratio of a 2×2 table with Woolf's (1955) log-method confidence interval.
 *
 * <pre>
 *                converted   not converted
 *   exposed          a             b
 *   not exposed      c             d
 * </pre>
 *
 * <p>{@code OR = (a·d) ÷ (b·c)}. When any cell is zero, 0.5 is added to every cell first (the
 * Haldane–Anscombe correction, Haldane 1956, Anscombe 1956) and {@link #corrected()} is true;
 * otherwise the counts are used as they are. The 95 % interval is {@code exp(ln OR ± 1.96 · SE)}
 * with {@code SE = √(1/a + 1/b + 1/c + 1/d)} on the (possibly corrected) cells.
 *
 * @param a exposed and converted
 * @param b exposed, not converted
 * @param c not exposed, converted
 * @param d neither
 * @param ratio the odds ratio
 * @param corrected whether the Haldane–Anscombe correction was applied
 * @param interval the 95 % Woolf interval, or {@code null} when withheld for small samples
 */
public record OddsRatio(long a, long b, long c, long d, double ratio, boolean corrected, ConfidenceInterval interval) {

    private static final double Z_975 = 1.959963984540054;

    /** Validates the counts. */
    public OddsRatio {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Computes the odds ratio and its 95 % Woolf interval from the four cells. */
    public static OddsRatio of(long a, long b, long c, long d) {
        boolean corrected = a == 0 || b == 0 || c == 0 || d == 0;
        double shift = corrected ? 0.5 : 0.0;
        double ca = a + shift;
        double cb = b + shift;
        double cc = c + shift;
        double cd = d + shift;
        double ratio = ca * cd / (cb * cc);
        double se = Math.sqrt(1 / ca + 1 / cb + 1 / cc + 1 / cd);
        double log = Math.log(ratio);
        ConfidenceInterval ci = new ConfidenceInterval(Math.exp(log - Z_975 * se), Math.exp(log + Z_975 * se), 0.95);
        return new OddsRatio(a, b, c, d, ratio, corrected, ci);
    }

    /** Returns a copy without the interval (used when the sample is too small to trust it). */
    public OddsRatio withoutInterval() {
        return new OddsRatio(a, b, c, d, ratio, corrected, null);
    }

    /** Returns {@code ln OR}, the effect size used as importance. */
    public double logRatio() {
        return Math.log(ratio);
    }
}
