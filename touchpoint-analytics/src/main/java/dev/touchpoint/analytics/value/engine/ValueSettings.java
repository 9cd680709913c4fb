package dev.touchpoint.analytics.value.engine;

import java.util.Map;

/**
 * How the value engine runs.
 *
 * @param fitSample at most this many customers (an even, deterministic sample) fit the models; every
 *     customer is scored
 * @param holdoutWeeks length of the holdout period of the model validation
 * @param clvMonths the CLV horizon in months, discounted monthly at {@code monthlyDiscount}
 * @param monthlyDiscount the discount rate per month
 * @param noPurchaseDays days without a purchase that raise a warning, per tier code
 * @param tierRevenue minimum revenue over the last 12 months of each tier
 * @param thresholdShare a customer within this share of the next tier's minimum is a threshold customer
 */
public record ValueSettings(
        int fitSample,
        int holdoutWeeks,
        int clvMonths,
        double monthlyDiscount,
        Map<String, Integer> noPurchaseDays,
        Map<String, Double> tierRevenue,
        double thresholdShare) {

    /** Copies the maps. */
    public ValueSettings {
        noPurchaseDays = Map.copyOf(noPurchaseDays);
        tierRevenue = Map.copyOf(tierRevenue);
    }
}
