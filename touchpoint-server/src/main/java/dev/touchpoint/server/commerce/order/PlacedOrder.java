package dev.touchpoint.server.commerce.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An order whose lines are priced and costed, ready to be stored (from the API, the form or an import). */
record PlacedOrder(
        long customerId,
        String orderRef,
        LocalDate orderDate,
        Long teamId,
        Long salesRepId,
        String channel,
        String notes,
        List<Line> lines,
        LocalDate dueDate) {

    record Line(long productId, int quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal unitCost) {

        BigDecimal revenue() {
            return Money.lineRevenue(quantity, unitPrice, discountPercent);
        }

        BigDecimal cost() {
            return Money.lineCost(quantity, unitCost);
        }
    }

    BigDecimal revenue() {
        return lines.stream().map(Line::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal cost() {
        return lines.stream().map(Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
