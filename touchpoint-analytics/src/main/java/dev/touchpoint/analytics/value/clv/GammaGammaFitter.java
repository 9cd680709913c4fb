package dev.touchpoint.analytics.value.clv;

import java.util.List;

/**
 * Estimates {@link GammaGammaModel} parameters by maximum likelihood.
 *
 * <p>Uses only customers with at least one repeat purchase (x &gt; 0), whose mean repeat spend m̄
 * must then be &gt; 0; maximises Σ ln f(m̄<sub>i</sub> | x<sub>i</sub>) over ln p, ln q, ln γ
 * starting from p = q = γ = 1. Source: Fader, Hardie &amp; Lee (2005), "RFM and CLV: Using
 * Iso-Value Curves"; published CDNOW estimates p = 6.25, q = 3.74, γ = 15.44.
 */
public final class GammaGammaFitter {

  private static final double[] START = {1, 1, 1};

  private GammaGammaFitter() {}

  /**
   * Fits the model to the repeat customers among the summaries.
   *
   * @param summaries customer summaries; those with x = 0 are skipped
   * @return the estimated model with its log-likelihood
   * @throws IllegalArgumentException if no customer repeats, or a repeat customer has m̄ ≤ 0
   */
  public static GammaGammaFit fit(List<CustomerSummary> summaries) {
    List<CustomerSummary> repeat = summaries.stream().filter(c -> c.frequency() > 0).toList();
    if (repeat.isEmpty()) {
      throw new IllegalArgumentException("Gamma-Gamma needs at least one repeat customer");
    }
    int[] x = repeat.stream().mapToInt(CustomerSummary::frequency).toArray();
    double[] m = repeat.stream().mapToDouble(GammaGammaFitter::positiveMonetary).toArray();
    double[] best = LogParameterOptimizer.maximise(v -> logLikelihood(v, x, m), START);
    double logLikelihood = logLikelihood(best, x, m);
    return new GammaGammaFit(GammaGammaModel.of(best[0], best[1], best[2]), logLikelihood, x.length);
  }

  private static double positiveMonetary(CustomerSummary c) {
    if (!(c.monetary() > 0)) {
      throw new IllegalArgumentException(
          "customer " + c.id() + ": Gamma-Gamma needs a positive mean repeat spend, was " + c.monetary());
    }
    return c.monetary();
  }

  private static double logLikelihood(double[] v, int[] x, double[] m) {
    GammaGammaModel model = GammaGammaModel.of(v[0], v[1], v[2]);
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += model.logLikelihood(x[i], m[i]);
    }
    return sum;
  }
}
