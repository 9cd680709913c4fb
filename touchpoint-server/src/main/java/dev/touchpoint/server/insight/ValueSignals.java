package dev.touchpoint.server.insight;

import java.util.List;

/**
 * What the latest value run says of a customer, for next best actions.
 *
 * @param customerId the customer
 * @param pAlive probability alive
 * @param clv lifetime value (gross profit, discounted)
 * @param tierPrompt the tier prompt ({@code UPGRADE} …) or null
 * @param openWarnings the rules of the customer's open early warnings (any run)
 */
public record ValueSignals(long customerId, double pAlive, double clv, String tierPrompt, List<String> openWarnings) {

    public ValueSignals {
        openWarnings = List.copyOf(openWarnings);
    }

    /** A customer the value engine has not scored: alive, no value known, no warnings. */
    public static ValueSignals unknown(long customerId) {
        return new ValueSignals(customerId, 1, 0, null, List.of());
    }
}
