package dev.touchpoint.analytics.value.clv;

import java.util.Objects;

/**
 * The result of fitting the Gamma-Gamma spend model by maximum likelihood.
 *
 * @param model the estimated parameters
 * @param logLikelihood the maximised log-likelihood over the repeat customers
 * @param customers the number of repeat customers (x &gt; 0) used
 */
public record GammaGammaFit(GammaGammaModel model, double logLikelihood, int customers) {

  /** Validates the fit. */
  public GammaGammaFit {
    Objects.requireNonNull(model, "model");
    if (customers <= 0) {
      throw new IllegalArgumentException("customers must be > 0, was " + customers);
    }
  }
}
