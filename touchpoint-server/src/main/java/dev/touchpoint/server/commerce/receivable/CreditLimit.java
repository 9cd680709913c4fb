package dev.touchpoint.server.commerce.receivable;

import java.math.BigDecimal;

/**
 * A customer's credit limit: open receivables plus a new order may not exceed it.
 *
 * @param creditLimit null when the customer has none (no check)
 * @param openReceivables what the customer owes now
 * @param available limit − open receivables, null without a limit
 */
record CreditLimit(
        long customerId,
        BigDecimal creditLimit,
        BigDecimal openReceivables,
        BigDecimal available,
        String updatedBy,
        int version) {

    CreditLimit withOpen(BigDecimal open) {
        return new CreditLimit(
                customerId,
                creditLimit,
                open,
                creditLimit == null ? null : creditLimit.subtract(open),
                updatedBy,
                version);
    }
}
