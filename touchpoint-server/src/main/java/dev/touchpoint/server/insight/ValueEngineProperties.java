package dev.touchpoint.server.insight;

import dev.touchpoint.analytics.value.engine.ValueSettings;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code touchpoint.value.*}.
 *
 * @param cron when the nightly run starts ({@code -} disables it)
 * @param holdoutWeeks length of the holdout period of the model validation
 * @param fitSample at most this many customers (an even, deterministic sample) are used to fit the
 *     models; every customer is scored
 * @param clvMonths the CLV horizon in months, discounted monthly at {@code monthlyDiscount}
 * @param monthlyDiscount the discount rate per month
 * @param noPurchaseDays days without a purchase that raise a warning, per tier code
 * @param tierRevenue minimum revenue over the last 12 months of each tier (the tier boundaries for
 *     threshold and qualified prompts)
 * @param thresholdShare a customer within this share of the next tier's minimum is a threshold (临界)
 *     customer
 * @param proactiveTickets whether new warnings open proactive service through the service module
 */
@ConfigurationProperties("touchpoint.value")
public record ValueEngineProperties(
        String cron,
        int holdoutWeeks,
        int fitSample,
        int clvMonths,
        double monthlyDiscount,
        Map<String, Integer> noPurchaseDays,
        Map<String, Double> tierRevenue,
        double thresholdShare,
        boolean proactiveTickets) {

    public ValueEngineProperties {
        cron = cron == null ? "0 0 3 * * *" : cron;
        holdoutWeeks = holdoutWeeks <= 0 ? 26 : holdoutWeeks;
        fitSample = fitSample <= 0 ? 20_000 : fitSample;
        clvMonths = clvMonths <= 0 ? 36 : clvMonths;
        monthlyDiscount = monthlyDiscount <= 0 ? 0.01 : monthlyDiscount;
        noPurchaseDays = noPurchaseDays == null || noPurchaseDays.isEmpty()
                ? Map.of("VIP", 120, "KEY", 180, "NORMAL", 365, "SMALL", 540)
                : Map.copyOf(noPurchaseDays);
        tierRevenue = tierRevenue == null || tierRevenue.isEmpty()
                ? Map.of("VIP", 300_000.0, "KEY", 100_000.0, "NORMAL", 5_000.0, "SMALL", 0.0)
                : Map.copyOf(tierRevenue);
        thresholdShare = thresholdShare <= 0 || thresholdShare >= 1 ? 0.8 : thresholdShare;
    }

    /** @return the settings the analytics library's value engine runs with */
    public ValueSettings settings() {
        return new ValueSettings(
                fitSample, holdoutWeeks, clvMonths, monthlyDiscount, noPurchaseDays, tierRevenue, thresholdShare);
    }
}
