package dev.touchpoint.analytics.value.clv;

import java.util.List;

/**
 * Estimates {@link GammaGammaModel} parameters by maximum likelihood.
 *
 * <p>Uses only customers with at least one repeat purchase (x &gt; 0) and a positive mean repeat
 * spend m̄: the density of m̄ is zero at m̄ ≤ 0, so repeat customers whose repeat purchases sum to zero
 * (free items, refunds netted out) are left out of the fit — as Fader &amp; Hardie (2013) and
 * lifetimes recommend — and counted in {@link GammaGammaFit#withoutSpend()}; they stay in BG/NBD, and
 * {@link SpendForecast} gives them the population mean. Maximises Σ ln f(m̄<sub>i</sub> |
 * x<sub>i</sub>) over ln p, ln q, ln γ starting from p = q = γ = 1. Source: Fader, Hardie &amp; Lee (2005), "RFM and CLV: Using
 * Iso-Value Curves"; published CDNOW estimates p = 6.25, q = 3.74, γ = 15.44.
 */
public final class GammaGammaFitter {

    private static final double[] START = {1, 1, 1};

    private GammaGammaFitter() {}

    /**
     * Fits the model to the repeat customers among the summaries.
     *
     * @param summaries customer summaries; those with x = 0 are skipped, those with x &gt; 0 and m̄ ≤ 0
     *     are left out and counted
     * @return the estimated model with its log-likelihood and how many customers it used
     * @throws IllegalArgumentException if no customer has a repeat purchase of positive value
     */
    public static GammaGammaFit fit(List<CustomerSummary> summaries) {
        List<CustomerSummary> repeat =
                summaries.stream().filter(c -> c.frequency() > 0).toList();
        List<CustomerSummary> usable =
                repeat.stream().filter(GammaGammaFitter::usable).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException(
                    repeat.isEmpty()
                            ? "Gamma-Gamma needs at least one repeat customer"
                            : "Gamma-Gamma needs a repeat customer whose repeat purchases have a positive value");
        }
        int[] x = usable.stream().mapToInt(CustomerSummary::frequency).toArray();
        double[] m = usable.stream().mapToDouble(CustomerSummary::monetary).toArray();
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(x, m);
        double[] best = LogParameterOptimizer.maximise(v -> likelihood.value(v[0], v[1], v[2]), START);
        double logLikelihood = likelihood.value(best[0], best[1], best[2]);
        return new GammaGammaFit(
                GammaGammaModel.of(best[0], best[1], best[2]), logLikelihood, x.length, repeat.size() - usable.size());
    }

    /**
     * Whether a summary enters the Gamma-Gamma fit: a repeat customer with a positive, finite mean
     * repeat spend.
     *
     * @param c the customer's summary
     * @return true when x &gt; 0 and m̄ &gt; 0
     */
    public static boolean usable(CustomerSummary c) {
        return c.frequency() > 0 && c.monetary() > 0 && Double.isFinite(c.monetary());
    }
}
