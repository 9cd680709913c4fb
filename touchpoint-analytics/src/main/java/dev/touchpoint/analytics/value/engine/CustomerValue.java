package dev.touchpoint.analytics.value.engine;

import dev.touchpoint.analytics.value.lifecycle.LifecycleStage;
import dev.touchpoint.analytics.value.rfm.RfmCustomer;

/**
 * What one run found for one customer.
 *
 * @param customerId the customer
 * @param tier the tier code
 * @param rfm recency, frequency, monetary, their scores and the segment
 * @param pAlive BG/NBD probability that the customer is alive
 * @param expectedPurchases BG/NBD purchases expected in the next 52 weeks
 * @param clv discounted lifetime value over the horizon
 * @param grossProfit gross profit of all purchases so far
 * @param revenue12m revenue of the last 12 months
 * @param lifecycle lifecycle stage and trend
 * @param loyalty loyalty index in [0, 100], or null without enough indicators
 * @param loyaltyType loyalty type name, or null
 * @param tierPrompt {@code QUALIFIED:<tier>}, {@code THRESHOLD:<tier>} or null
 */
public record CustomerValue(
        long customerId,
        String tier,
        RfmCustomer rfm,
        double pAlive,
        double expectedPurchases,
        double clv,
        double grossProfit,
        double revenue12m,
        LifecycleStage lifecycle,
        Double loyalty,
        String loyaltyType,
        String tierPrompt) {}
