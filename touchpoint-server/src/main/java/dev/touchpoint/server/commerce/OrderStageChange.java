package dev.touchpoint.server.commerce;

import java.time.Instant;

/** An order reached {@code stage} at {@code at}. */
public record OrderStageChange(long orderId, long customerId, OrderStage stage, Instant at) {}
