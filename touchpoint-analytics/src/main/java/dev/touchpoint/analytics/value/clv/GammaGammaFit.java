package dev.touchpoint.analytics.value.clv;

import java.util.Objects;

/**
 * The result of fitting the Gamma-Gamma spend model by maximum likelihood.
 *
 * @param model the estimated parameters
 * @param logLikelihood the maximised log-likelihood over the repeat customers used
 * @param customers the number of repeat customers (x &gt; 0, m̄ &gt; 0) used
 * @param withoutSpend repeat customers left out because their mean repeat spend m̄ is not positive
 *     (purchases of 0, or refunds): the model has no density there
 */
public record GammaGammaFit(GammaGammaModel model, double logLikelihood, int customers, int withoutSpend) {

    /** Validates the fit. */
    public GammaGammaFit {
        Objects.requireNonNull(model, "model");
        if (customers <= 0) {
            throw new IllegalArgumentException("customers must be > 0, was " + customers);
        }
        if (withoutSpend < 0) {
            throw new IllegalArgumentException("withoutSpend must be >= 0, was " + withoutSpend);
        }
    }
}
