package dev.touchpoint.server.service.care;

import dev.touchpoint.server.service.OrderStageReached;
import java.time.Instant;
import java.util.List;

/** Order stages reached in a time span, for the care plans; also fed by {@link ServiceApi#recordOrderStages}. */
interface OrderStageFeed {

    /** Stages reached in {@code (after, upTo]}. */
    List<OrderStageReached> reached(Instant after, Instant upTo);
}
