package dev.touchpoint.server.crosssell.action;

import dev.touchpoint.server.commerce.CommerceApi;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Attributes purchases back to actions: an accepted or completed action converts when the customer
 * buys its offer (the product, a service package, or anything of the category) on one of the
 * {@code days} days from the action's day on, up to the as-of date; the first such order counts.
 */
@Component
public class OutcomeAttribution {

    private final ActionRepository actions;
    private final CommerceApi commerce;

    OutcomeAttribution(ActionRepository actions, CommerceApi commerce) {
        this.actions = actions;
        this.commerce = commerce;
    }

    /** Marks the conversions found; returns how many. */
    public int attribute(LocalDate asOf, int days) {
        int converted = 0;
        var pending = actions.pending(asOf.minusDays(days + 400L));
        var byCustomer = new java.util.HashMap<Long, java.util.List<ActionRecord>>();
        pending.forEach(a -> byCustomer
                .computeIfAbsent(a.customerId(), k -> new java.util.ArrayList<>())
                .add(a));
        for (var entry : byCustomer.entrySet()) {
            var lines = commerce.orderLinesOf(entry.getKey(), asOf);
            for (var action : entry.getValue()) {
                LocalDate from = LocalDate.ofInstant(action.createdAt(), ZoneId.systemDefault());
                LocalDate to = from.plusDays(days);
                var match = lines.stream()
                        .filter(l -> !l.returned()
                                && !l.orderDate().isBefore(from)
                                && !l.orderDate().isAfter(to))
                        .filter(l -> switch (action.offerKind()) {
                            case "CATEGORY" -> action.offerCode().equals(l.category());
                            default -> action.offerCode().equals(l.sku());
                        })
                        .findFirst();
                if (match.isPresent()) {
                    actions.converted(
                            action.id(), match.get().orderId(), match.get().orderDate());
                    converted++;
                }
            }
        }
        return converted;
    }
}
