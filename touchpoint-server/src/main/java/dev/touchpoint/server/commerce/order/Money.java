package dev.touchpoint.server.commerce.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Line arithmetic. The discount is a percentage of the gross line amount (0–100, two decimals):
 * revenue = round(quantity × unit price × (1 − discount ÷ 100), 2 half-up); cost = quantity × unit cost
 * (the cost snapshot taken when the order was placed); gross margin = revenue − cost.
 */
public final class Money {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {}

    static BigDecimal lineRevenue(int quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
        var gross = unitPrice.multiply(BigDecimal.valueOf(quantity));
        var factor = HUNDRED.subtract(discountPercent).divide(HUNDRED, 10, RoundingMode.HALF_UP);
        return gross.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal lineCost(int quantity, BigDecimal unitCost) {
        return unitCost.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Share of {@code total} for {@code part} of {@code whole} units, rounded to cents. */
    static BigDecimal share(BigDecimal total, int part, int whole) {
        return total.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** Gross margin as a percentage of revenue, two decimals; null when there is no revenue. */
    public static BigDecimal marginPercent(BigDecimal revenue, BigDecimal cost) {
        if (revenue == null || revenue.signum() == 0) {
            return null;
        }
        return revenue.subtract(cost).multiply(HUNDRED).divide(revenue, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
