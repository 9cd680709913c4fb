package dev.touchpoint.analytics.journey;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/** Pearson and Spearman correlation with Fisher's z interval. */
final class Correlations {

    private static final double Z_975 = 1.959963984540054;

    private Correlations() {}

    /** Pearson's r (point-biserial when y is 0/1); NaN for fewer than 2 points or no variance. */
    static double pearson(double[] x, double[] y) {
        return x.length < 2 ? Double.NaN : new PearsonsCorrelation().correlation(x, y);
    }

    /** Spearman's rho (ties get average ranks); NaN for fewer than 2 points or no variance. */
    static double spearman(double[] x, double[] y) {
        return x.length < 2 ? Double.NaN : new SpearmansCorrelation().correlation(x, y);
    }

    /**
     * Fisher (1921) 95 % interval: {@code tanh(atanh r ± 1.96 / √(n − 3))}; {@code null} when
     * {@code n ≤ 3} or r is NaN; {@code [r, r]} when |r| = 1.
     */
    static ConfidenceInterval fisherInterval(double r, long n) {
        if (n <= 3 || Double.isNaN(r)) {
            return null;
        }
        if (Math.abs(r) >= 1) {
            return new ConfidenceInterval(r, r, 0.95);
        }
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double half = Z_975 / Math.sqrt(n - 3);
        return new ConfidenceInterval(Math.tanh(z - half), Math.tanh(z + half), 0.95);
    }
}
