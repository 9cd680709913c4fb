package dev.touchpoint.server.commerce;

import java.time.LocalDate;

/**
 * A customer's planned and actual revenue over the planned months of a window.
 *
 * @param from first day of the window
 * @param toExclusive first day after the window
 * @param months number of months in the window that have a plan
 * @param planned planned revenue of those months
 * @param actual revenue (orders not cancelled, net of returns) in those months
 */
public record PlanVsActual(
        long customerId, LocalDate from, LocalDate toExclusive, int months, double planned, double actual) {}
