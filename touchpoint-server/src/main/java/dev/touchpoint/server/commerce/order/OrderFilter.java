package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.OrderStage;
import java.time.LocalDate;

/** Filters of the order list, its export and its API; null means "any". */
public record OrderFilter(Long customerId, OrderStage stage, Long teamId, LocalDate from, LocalDate to, String q) {

    static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null);
    }
}
