package dev.touchpoint.server.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's commerce figures (cancelled orders excluded).
 *
 * @param revenue net of returns
 * @param lastOrderDate null without orders
 * @param openReceivables what the customer owes now (not paid, not cancelled)
 * @param overdueReceivables the part of it past its due date
 */
public record CustomerStats(
        long customerId,
        long orders,
        BigDecimal revenue,
        BigDecimal grossMargin,
        LocalDate lastOrderDate,
        BigDecimal openReceivables,
        BigDecimal overdueReceivables) {}
