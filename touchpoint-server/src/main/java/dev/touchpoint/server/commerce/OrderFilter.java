package dev.touchpoint.server.commerce;

import java.time.LocalDate;

/** Filters of the order list, its export and its API; null means "any". */
record OrderFilter(Long customerId, OrderStage stage, Long teamId, LocalDate from, LocalDate to, String q) {

    static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null);
    }
}
