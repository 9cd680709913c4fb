package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.OrderStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order header with its totals, net of returns.
 *
 * @param customerName filled from the customer module for display, may be null
 * @param grossMargin revenue − cost
 * @param marginPercent gross margin ÷ revenue in percent, null without revenue
 */
record Order(
        long id,
        String orderRef,
        long customerId,
        String customerName,
        LocalDate orderDate,
        Long teamId,
        Long salesRepId,
        String channel,
        OrderStage stage,
        Instant stageChangedAt,
        BigDecimal revenue,
        BigDecimal cost,
        BigDecimal grossMargin,
        BigDecimal marginPercent,
        String notes,
        Instant createdAt,
        int version) {

    Order withCustomerName(String name) {
        return new Order(
                id,
                orderRef,
                customerId,
                name,
                orderDate,
                teamId,
                salesRepId,
                channel,
                stage,
                stageChangedAt,
                revenue,
                cost,
                grossMargin,
                marginPercent,
                notes,
                createdAt,
                version);
    }

    /** One order line; revenue and cost are as sold, the {@code net…} values after returns. */
    record Line(
            long id,
            int lineNo,
            long productId,
            String sku,
            String productName,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            BigDecimal unitCost,
            BigDecimal revenue,
            BigDecimal cost,
            int returnedQuantity,
            BigDecimal netRevenue,
            BigDecimal netCost) {

        public BigDecimal grossMargin() {
            return netRevenue.subtract(netCost);
        }

        public BigDecimal marginPercent() {
            return Money.marginPercent(netRevenue, netCost);
        }
    }

    /** When the order reached a stage, and who moved it. */
    record StageEntry(OrderStage stage, Instant at, String actor) {}

    /** A return of some quantity of one line, with the revenue and cost it reversed. */
    record Return(
            long id,
            long lineId,
            String sku,
            int quantity,
            String reason,
            BigDecimal revenue,
            BigDecimal cost,
            Instant returnedAt,
            String actor) {}
}
