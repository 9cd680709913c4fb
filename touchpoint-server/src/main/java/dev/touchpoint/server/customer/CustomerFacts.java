package dev.touchpoint.server.customer;

/**
 * What analytics needs of every active customer.
 *
 * @param tier tier code, e.g. {@code VIP}
 * @param source where the customer came from, e.g. {@code REFERRAL}; may be null
 */
public record CustomerFacts(long id, String tier, String source, Long ownerId, Long teamId) {}
