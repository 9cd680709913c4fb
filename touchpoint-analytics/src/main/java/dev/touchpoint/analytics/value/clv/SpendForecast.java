package dev.touchpoint.analytics.value.clv;

import java.util.List;
import java.util.Objects;

/**
 * The expected value of a customer's future purchases, E[Z], as both engines compute it.
 *
 * <ul>
 *   <li>A repeat customer with positive mean repeat spend m̄: Gamma-Gamma's conditional expectation
 *       E[Z | m̄, x] = p(γ + x m̄)/(px + q − 1) (Fader &amp; Hardie 2013, eq. 5).
 *   <li>A one-time buyer, or a repeat customer whose repeat purchases sum to zero (left out of the
 *       fit, see {@link GammaGammaFitter}): the population mean pγ/(q − 1).
 * </ul>
 *
 * <p>When the fitted q ≤ 1 the model's mean is infinite; then a repeat customer's own m̄ is used and
 * everyone else gets the plain mean m̄ over the usable repeat customers — an estimate that stays
 * finite.
 */
public final class SpendForecast {

    private final GammaGammaModel model;
    private final boolean modelHasMean;
    private final double populationMean;

    private SpendForecast(GammaGammaModel model, boolean modelHasMean, double populationMean) {
        this.model = model;
        this.modelHasMean = modelHasMean;
        this.populationMean = populationMean;
    }

    /**
     * Builds the forecast from a fitted model and the summaries it was fitted on.
     *
     * @param model the fitted Gamma-Gamma model
     * @param summaries the customers' summaries (for the plain mean when q ≤ 1)
     * @return the forecast
     */
    public static SpendForecast of(GammaGammaModel model, List<CustomerSummary> summaries) {
        Objects.requireNonNull(model, "model");
        boolean hasMean = model.q() > 1;
        double mean = hasMean
                ? model.expectedAverageValue()
                : summaries.stream()
                        .filter(GammaGammaFitter::usable)
                        .mapToDouble(CustomerSummary::monetary)
                        .average()
                        .orElse(0);
        return new SpendForecast(model, hasMean, mean);
    }

    /**
     * Returns the expected value of one future purchase of this customer.
     *
     * @param c the customer's summary
     * @return E[Z] as described above, finite and ≥ 0
     */
    public double expected(CustomerSummary c) {
        if (!GammaGammaFitter.usable(c)) {
            return populationMean;
        }
        return modelHasMean ? model.expectedAverageValue(c.frequency(), c.monetary()) : c.monetary();
    }

    /**
     * Returns whether the model's own conditional expectation is used (q &gt; 1).
     *
     * @return true when q &gt; 1
     */
    public boolean usesModel() {
        return modelHasMean;
    }

    /**
     * Returns the value given to customers without a usable spend history.
     *
     * @return pγ/(q − 1), or the plain mean m̄ when q ≤ 1
     */
    public double populationMean() {
        return populationMean;
    }
}
