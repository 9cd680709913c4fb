package dev.touchpoint.analytics.value.engine;

import dev.touchpoint.analytics.value.clv.BgNbdFit;
import dev.touchpoint.analytics.value.clv.BgNbdFitter;
import dev.touchpoint.analytics.value.clv.CustomerSummary;
import dev.touchpoint.analytics.value.clv.DiscountOptions;
import dev.touchpoint.analytics.value.clv.GammaGammaFit;
import dev.touchpoint.analytics.value.clv.GammaGammaFitter;
import dev.touchpoint.analytics.value.clv.SpendForecast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global part of a value run: BG/NBD and Gamma-Gamma fitted on an even, deterministic sample of
 * the customers' summaries (at most {@link ValueSettings#fitSample()}), the expected spend, the
 * portfolio's margin and the CLV discounting. Everything per customer ({@link ValueScoring}) follows
 * from this and the customer's own history, so an engine can fit once and score in parallel.
 *
 * @param bgnbd the purchase model
 * @param gammaGamma the spend model
 * @param spend the expected spend per purchase
 * @param margin gross profit ÷ revenue of all purchases, in [0, 1]
 * @param discount CLV horizon and discounting: quarterly periods over {@code clvMonths}, with the margin
 */
public record ValueModel(
        BgNbdFit bgnbd, GammaGammaFit gammaGamma, SpendForecast spend, double margin, DiscountOptions discount) {

    private static final double WEEKS_PER_MONTH = 52.0 / 12;

    /**
     * Fits the models.
     *
     * @param summaries every customer's summary, in a stable order (by customer id)
     * @param margin gross profit ÷ revenue of all purchases
     * @param settings sample size, horizon and discount rate
     * @return the model
     */
    public static ValueModel fit(List<CustomerSummary> summaries, double margin, ValueSettings settings) {
        var sample = sample(summaries, settings.fitSample());
        var bgnbd = BgNbdFitter.fit(sample);
        var gammaGamma = GammaGammaFitter.fit(sample);
        var spend = SpendForecast.of(gammaGamma.model(), summaries);
        // quarterly discounting keeps the cost at a few model evaluations per customer
        var discount = DiscountOptions.of(
                Math.max(1, settings.clvMonths() / 3),
                3 * WEEKS_PER_MONTH,
                Math.pow(1 + settings.monthlyDiscount(), 3) - 1,
                margin);
        return new ValueModel(bgnbd, gammaGamma, spend, margin, discount);
    }

    /**
     * An even, deterministic sample: every {@code n/size}-th summary, all of them when there are few.
     *
     * @param all the summaries in a stable order
     * @param size the largest sample
     * @return the sample
     */
    public static List<CustomerSummary> sample(List<CustomerSummary> all, int size) {
        if (all.size() <= size) {
            return all;
        }
        double step = all.size() / (double) size;
        var sample = new ArrayList<CustomerSummary>(size);
        for (int i = 0; i < size; i++) {
            sample.add(all.get((int) (i * step)));
        }
        return sample;
    }

    /**
     * The fitted parameters as a JSON-ready map ({@code bgnbd}, {@code gammaGamma}, {@code spendModel},
     * {@code margin}).
     *
     * @return the description
     */
    public Map<String, Object> describe() {
        var model = new LinkedHashMap<String, Object>();
        model.put(
                "bgnbd",
                Map.of(
                        "r", bgnbd.model().r(),
                        "alpha", bgnbd.model().alpha(),
                        "a", bgnbd.model().a(),
                        "b", bgnbd.model().b(),
                        "logLikelihood", bgnbd.logLikelihood(),
                        "customers", bgnbd.customers()));
        model.put(
                "gammaGamma",
                Map.of(
                        "p", gammaGamma.model().p(),
                        "q", gammaGamma.model().q(),
                        "gamma", gammaGamma.model().gamma(),
                        "customers", gammaGamma.customers()));
        model.put(
                "spendModel",
                spend.usesModel()
                        ? "GAMMA_GAMMA"
                        : "OBSERVED_MEAN (Gamma-Gamma q ≤ 1: expected spend would be infinite)");
        model.put("margin", margin);
        return model;
    }
}
