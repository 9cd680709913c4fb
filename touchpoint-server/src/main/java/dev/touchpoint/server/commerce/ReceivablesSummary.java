package dev.touchpoint.server.commerce;

import java.math.BigDecimal;

/**
 * Money still owed by the customers in the caller's scope.
 *
 * @param open outstanding amount of every open receivable
 * @param overdue outstanding amount past its due date
 * @param overdueCount number of receivables past their due date
 */
public record ReceivablesSummary(BigDecimal open, BigDecimal overdue, long overdueCount) {}
