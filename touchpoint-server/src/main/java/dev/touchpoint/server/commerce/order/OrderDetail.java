package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.OrderStage;
import dev.touchpoint.server.commerce.receivable.Receivable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An order with its lines, stage history, returns and receivable, as the API and the order page show it. */
record OrderDetail(
        Order order,
        List<Order.Line> lines,
        List<Order.StageEntry> history,
        List<Order.Return> returns,
        Receivable receivable) {

    /** When each stage was reached (for the stepper). */
    public Map<OrderStage, Instant> reachedAt() {
        var map = new java.util.EnumMap<OrderStage, Instant>(OrderStage.class);
        history.forEach(h -> map.putIfAbsent(h.stage(), h.at()));
        return map;
    }
}
