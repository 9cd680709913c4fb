package dev.touchpoint.server.commerce;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Revenue, cost and gross margin (revenue − cost) of the orders placed in one month, net of returns,
 * cancelled orders excluded.
 */
public record MonthlyRevenue(YearMonth month, BigDecimal revenue, BigDecimal cost, BigDecimal grossMargin) {}
