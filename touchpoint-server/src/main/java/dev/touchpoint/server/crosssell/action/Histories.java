package dev.touchpoint.server.crosssell.action;

import dev.touchpoint.analytics.crosssell.action.Purchase;
import dev.touchpoint.analytics.crosssell.need.HistoryEntry;
import dev.touchpoint.analytics.crosssell.need.HistoryKind;
import dev.touchpoint.server.commerce.OrderLineFact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A customer's order lines as the library's purchases and need-rule history: each line that was not
 * returned is a PRODUCT and a CATEGORY entry on the order date (and a SERVICE entry for service
 * packages); a delivered order adds STAGE {@code DELIVERED} and {@code DELIVERED:<product kind>} for
 * each kind on it (so {@code stage DELIVERED:VEHICLE} is a car handed over) on the delivery day.
 */
public final class Histories {

    private Histories() {}

    /**
     * Hands every customer's order lines up to {@code asOf} to {@code customer}, one customer at a time
     * (the stream comes ordered by customer), so that everybody's lines are never held at once.
     */
    public static void forEachCustomer(
            dev.touchpoint.server.commerce.CommerceApi commerce,
            java.time.LocalDate asOf,
            java.util.function.BiConsumer<Long, List<OrderLineFact>> customer) {
        var lines = new ArrayList<OrderLineFact>();
        long[] current = {-1};
        commerce.forEachOrderLine(asOf, line -> {
            if (line.customerId() != current[0]) {
                if (!lines.isEmpty()) {
                    customer.accept(current[0], List.copyOf(lines));
                }
                lines.clear();
                current[0] = line.customerId();
            }
            lines.add(line);
        });
        if (!lines.isEmpty()) {
            customer.accept(current[0], List.copyOf(lines));
        }
    }

    /** The purchases of the lines. */
    public static List<Purchase> purchases(List<OrderLineFact> lines) {
        var purchases = new ArrayList<Purchase>(lines.size());
        for (var line : lines) {
            if (!line.returned()) {
                purchases.add(
                        new Purchase(line.orderDate(), line.sku(), line.category() == null ? "" : line.category()));
            }
        }
        return purchases;
    }

    /** The need-rule history of the lines. */
    public static List<HistoryEntry> history(List<OrderLineFact> lines) {
        var history = new ArrayList<HistoryEntry>(lines.size() * 2);
        var delivered = new HashSet<String>();
        for (var line : lines) {
            if (line.returned()) {
                continue;
            }
            history.add(new HistoryEntry(line.orderDate(), HistoryKind.PRODUCT, line.sku()));
            if (line.category() != null) {
                history.add(new HistoryEntry(line.orderDate(), HistoryKind.CATEGORY, line.category()));
            }
            if ("SERVICE_PACKAGE".equals(line.kind())) {
                history.add(new HistoryEntry(line.orderDate(), HistoryKind.SERVICE, line.sku()));
            }
            if (line.deliveredOn() != null) {
                if (delivered.add(line.orderId() + "")) {
                    history.add(new HistoryEntry(line.deliveredOn(), HistoryKind.STAGE, "DELIVERED"));
                }
                if (delivered.add(line.orderId() + ":" + line.kind())) {
                    history.add(new HistoryEntry(line.deliveredOn(), HistoryKind.STAGE, "DELIVERED:" + line.kind()));
                }
            }
        }
        return history;
    }
}
