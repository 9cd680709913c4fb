package dev.touchpoint.server.service;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** No order stages until commerce offers a query for them (see {@link OrderStageFeed}). */
@Component
class NoOrderStageFeed implements OrderStageFeed {

    @Override
    public List<OrderStageReached> reached(Instant after, Instant upTo) {
        return List.of();
    }
}
