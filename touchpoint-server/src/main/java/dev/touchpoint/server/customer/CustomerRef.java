package dev.touchpoint.server.customer;

/**
 * The short form of a customer other modules work with.
 *
 * @param tier tier code, e.g. {@code VIP}
 */
public record CustomerRef(
        long id, CustomerKind kind, String name, String phone, String email, String tier, Long ownerId, Long teamId) {}
