package dev.touchpoint.server.commerce.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money a customer owes for an order. The status is computed for a given day: overdue when not
 * fully paid after the due date.
 *
 * @param outstanding amount − paid, never negative
 */
public record Receivable(
        long id,
        Long orderId,
        String orderRef,
        long customerId,
        String customerName,
        BigDecimal amount,
        BigDecimal paid,
        BigDecimal outstanding,
        LocalDate issuedOn,
        LocalDate dueDate,
        Status status,
        int version) {

    /** Status of a receivable on a given day. */
    public enum Status {
        OPEN,
        PARTIALLY_PAID,
        PAID,
        OVERDUE,
        CANCELLED
    }

    Receivable withCustomerName(String name) {
        return new Receivable(
                id, orderId, orderRef, customerId, name, amount, paid, outstanding, issuedOn, dueDate, status, version);
    }

    /** One payment received against a receivable. */
    record Payment(
            long id,
            long receivableId,
            BigDecimal amount,
            LocalDate paidOn,
            String method,
            String reference,
            String recordedBy) {}
}
