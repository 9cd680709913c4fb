package dev.touchpoint.server.commerce;

import java.util.List;

/**
 * Where an order is (DOMAIN §4, transparent process: feedback at each stage). Orders only move
 * forward along {@link #FLOW}; {@link #CANCELLED} is reachable from any stage before delivery.
 */
public enum OrderStage {
    ORDERED,
    IN_PROGRESS,
    INSPECTED,
    DELIVERED,
    CANCELLED;

    /** The four stages of the normal flow, in order. */
    public static final List<OrderStage> FLOW = List.of(ORDERED, IN_PROGRESS, INSPECTED, DELIVERED);

    /** Whether an order in this stage may move to {@code target}. */
    public boolean canMoveTo(OrderStage target) {
        if (this == CANCELLED || this == DELIVERED) {
            return false;
        }
        if (target == CANCELLED) {
            return true;
        }
        return target.ordinal() > ordinal();
    }

    /** The next stage of the normal flow, or null at the end or when cancelled. */
    public OrderStage next() {
        return switch (this) {
            case ORDERED -> IN_PROGRESS;
            case IN_PROGRESS -> INSPECTED;
            case INSPECTED -> DELIVERED;
            default -> null;
        };
    }
}
