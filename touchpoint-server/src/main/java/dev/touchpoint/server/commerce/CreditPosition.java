package dev.touchpoint.server.commerce;

/**
 * A customer's receivables against its credit limit.
 *
 * @param creditLimit null when the customer has none
 * @param open owed now (not paid, not cancelled)
 * @param overdue the part of it past its due date
 */
public record CreditPosition(long customerId, Double creditLimit, double open, double overdue) {}
