package dev.touchpoint.analytics.value.clv;

import java.util.Objects;

/**
 * The result of fitting BG/NBD by maximum likelihood.
 *
 * @param model the estimated parameters
 * @param logLikelihood the maximised sample log-likelihood Σ ln L<sub>i</sub> (natural log)
 * @param customers the number of customers fitted
 */
public record BgNbdFit(BgNbdModel model, double logLikelihood, int customers) {

    /** Validates the fit. */
    public BgNbdFit {
        Objects.requireNonNull(model, "model");
        if (customers <= 0) {
            throw new IllegalArgumentException("customers must be > 0, was " + customers);
        }
    }
}
