package dev.touchpoint.server.commerce;

/**
 * A customer's sales expenses of a year so far against the year's budget.
 *
 * @param budget null when the customer has no budget for the year
 * @param spent expenses from 1 January up to the as-of date
 */
public record ExpensesVsBudget(long customerId, int year, Double budget, double spent) {}
