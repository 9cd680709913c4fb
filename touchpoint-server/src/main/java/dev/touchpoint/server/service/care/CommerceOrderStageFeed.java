package dev.touchpoint.server.service.care;

import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.service.OrderStageReached;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Order stages reached, read from commerce's stage history. */
@Component
class CommerceOrderStageFeed implements OrderStageFeed {

    private final CommerceApi commerce;

    CommerceOrderStageFeed(CommerceApi commerce) {
        this.commerce = commerce;
    }

    @Override
    public List<OrderStageReached> reached(Instant after, Instant upTo) {
        return commerce.stageChanges(after, upTo).stream()
                .map(c -> new OrderStageReached(
                        c.orderId(), c.customerId(), c.stage().name(), c.at()))
                .toList();
    }
}
