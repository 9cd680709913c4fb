package dev.touchpoint.server.commerce.plan;

import java.math.BigDecimal;

/**
 * A customer's sales-expense budget of a year with what was spent so far.
 *
 * @param amount null when no budget is set
 * @param spent expenses recorded in the year
 * @param remaining amount − spent, null without a budget
 */
public record ExpenseBudget(
        long customerId,
        int year,
        BigDecimal amount,
        BigDecimal spent,
        BigDecimal remaining,
        String updatedBy,
        int version) {}
