package dev.touchpoint.server.commerce.receivable;

import java.time.LocalDate;

/**
 * Filters of the receivable list; null means "any".
 *
 * @param overdue true: only overdue ones; false: only those not overdue
 * @param open true: only those with something outstanding (not cancelled, not fully paid)
 */
public record ReceivableFilter(
        Long customerId, Receivable.Status status, Boolean overdue, Boolean open, LocalDate dueFrom, LocalDate dueTo) {}
