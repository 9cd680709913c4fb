package dev.touchpoint.server.commerce.plan;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of a customer's sales plan with the revenue actually achieved (null plan = none set). */
public record SalesPlanMonth(
        long customerId, YearMonth month, BigDecimal plannedRevenue, BigDecimal actualRevenue, Integer version) {}
