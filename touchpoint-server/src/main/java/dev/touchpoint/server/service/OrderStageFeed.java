package dev.touchpoint.server.service;

import java.time.Instant;
import java.util.List;

/**
 * Order stages reached in a time span, for the care plans. Commerce publishes no stage-change event
 * and its {@code CommerceApi} has no stage query yet; {@link NoOrderStageFeed} stands in until it
 * does. Stages also arrive through {@link ServiceApi#recordOrderStages}.
 */
interface OrderStageFeed {

    /** Stages reached in {@code (after, upTo]}. */
    List<OrderStageReached> reached(Instant after, Instant upTo);
}
