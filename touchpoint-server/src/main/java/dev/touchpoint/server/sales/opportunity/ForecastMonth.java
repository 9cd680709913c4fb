package dev.touchpoint.server.sales.opportunity;

import java.math.BigDecimal;

/**
 * Open opportunities expected to close in one month ({@code yyyy-MM}): count, amount and the
 * weighted amount Σ amount × probability.
 */
public record ForecastMonth(String month, int count, BigDecimal amount, BigDecimal weighted) {}
