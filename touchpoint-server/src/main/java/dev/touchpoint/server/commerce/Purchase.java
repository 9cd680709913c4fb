package dev.touchpoint.server.commerce;

import java.time.LocalDate;

/**
 * One order as analytics sees it: not cancelled, money net of returns.
 *
 * @param teamId the selling team (site), or 0 when none
 * @param revenue net revenue
 * @param grossProfit revenue − cost
 * @param discount list value given away on the order's lines: Σ quantity × unit price × discount %
 */
public record Purchase(
        long customerId, LocalDate orderDate, long teamId, double revenue, double grossProfit, double discount) {}
