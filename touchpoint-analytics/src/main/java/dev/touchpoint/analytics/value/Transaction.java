package dev.touchpoint.analytics.value;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One purchase by one customer on one day: the input of RFM, BG/NBD, Gamma-Gamma and Pareto.
 *
 * <p>The amount is the money attached to the purchase: revenue for RFM and lifetime value, gross
 * profit when the same record feeds a Pareto curve. It must be finite; the analyses that need a
 * non-negative amount say so.
 *
 * @param customerId the customer's identifier, never blank
 * @param date the day of the purchase
 * @param amount the money of the purchase, finite
 */
public record Transaction(String customerId, LocalDate date, double amount) {

    /** Validates the fields. */
    public Transaction {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(date, "date");
        if (customerId.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank");
        }
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount must be finite, was " + amount);
        }
    }

    /**
     * Creates a transaction.
     *
     * @param customerId the customer's identifier
     * @param date the day of the purchase
     * @param amount the money of the purchase
     * @return the transaction
     */
    public static Transaction of(String customerId, LocalDate date, double amount) {
        return new Transaction(customerId, date, amount);
    }
}
