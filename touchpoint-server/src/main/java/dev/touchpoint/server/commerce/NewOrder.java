package dev.touchpoint.server.commerce;

import dev.touchpoint.server.commerce.receivable.Receivable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A historical order for bulk loading (demo data): everything given explicitly, timestamps included.
 *
 * @param orderRef optional unique external reference
 * @param stages the stage history in time order; empty means ORDERED at the start of the order date.
 *     The last entry is the order's current stage.
 * @param returns returns of lines (by index into {@code lines}); they reduce revenue, cost and the receivable
 * @param receivable the receivable and its payments; null means none (paid at the till, say)
 */
public record NewOrder(
        long customerId,
        String orderRef,
        LocalDate orderDate,
        Long teamId,
        Long salesRepId,
        String channel,
        List<Line> lines,
        List<StageChange> stages,
        List<Return> returns,
        Receivable receivable) {

    public NewOrder {
        Objects.requireNonNull(orderDate, "orderDate");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        stages = stages == null ? List.of() : List.copyOf(stages);
        returns = returns == null ? List.of() : List.copyOf(returns);
    }

    /**
     * One line; revenue = round(quantity × unitPrice × (1 − discountPercent ÷ 100), 2).
     *
     * @param unitCost cost snapshot; null takes the product's current unit cost
     */
    public record Line(
            long productId, int quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal unitCost) {

        public Line {
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive");
            }
            Objects.requireNonNull(unitPrice, "unitPrice");
            discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        }
    }

    /** The order reached {@code stage} at {@code at}. */
    public record StageChange(OrderStage stage, Instant at) {}

    /** {@code quantity} units of line {@code lineIndex} (0-based) came back at {@code at}. */
    public record Return(int lineIndex, int quantity, String reason, Instant at) {}

    /**
     * @param amount null means the order's revenue after returns
     * @param dueDate when payment is due
     */
    public record Receivable(BigDecimal amount, LocalDate dueDate, List<Payment> payments) {

        public Receivable {
            Objects.requireNonNull(dueDate, "dueDate");
            payments = payments == null ? List.of() : List.copyOf(payments);
        }
    }

    /** A payment received on {@code paidOn}; {@code method} e.g. BANK_TRANSFER, CARD, WECHAT_PAY, CASH. */
    public record Payment(BigDecimal amount, LocalDate paidOn, String method) {}
}
