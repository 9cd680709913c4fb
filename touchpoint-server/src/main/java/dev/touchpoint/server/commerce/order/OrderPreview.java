package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.product.Product;
import java.math.BigDecimal;
import java.util.List;

/** The totals shown while an order is being entered, computed with the same arithmetic as saving. */
record OrderPreview(
        List<Line> lines, BigDecimal revenue, BigDecimal cost, BigDecimal grossMargin, BigDecimal marginPercent) {

    record Line(
            String sku,
            String name,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            BigDecimal revenue,
            BigDecimal cost,
            BigDecimal grossMargin) {}

    static Line line(Product product, int quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
        var revenue = Money.lineRevenue(quantity, unitPrice, discountPercent);
        var cost = Money.lineCost(quantity, product.unitCost());
        return new Line(
                product.sku(),
                product.name(),
                quantity,
                unitPrice,
                discountPercent,
                revenue,
                cost,
                revenue.subtract(cost));
    }

    static OrderPreview of(List<Line> lines) {
        var revenue = lines.stream().map(Line::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        var cost = lines.stream().map(Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OrderPreview(
                List.copyOf(lines), revenue, cost, revenue.subtract(cost), Money.marginPercent(revenue, cost));
    }
}
