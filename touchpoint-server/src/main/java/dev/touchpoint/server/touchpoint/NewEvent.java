package dev.touchpoint.server.touchpoint;

import dev.touchpoint.analytics.journey.TouchpointKind;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A touchpoint event to store (DOMAIN §2). Events are idempotent: a second event with the same
 * {@code eventId} is a duplicate and stores nothing.
 *
 * @param eventId the client's idempotency key
 * @param customerId the customer, or null for an anonymous visitor
 * @param visitorId the anonymous visitor (a device, a loyalty card, a licence plate…); resolved to the
 *     customer when the visitor has been identified
 * @param touchpoint catalogue code
 * @param kind journey kind; null takes the touchpoint's default kind
 * @param emotion 1 (糟糕) … 6 (愉悦), DOMAIN §3
 * @param attributes free JSON object as text, or null
 */
public record NewEvent(
        String eventId,
        Long customerId,
        String visitorId,
        String touchpoint,
        TouchpointKind kind,
        Instant occurredAt,
        TouchpointChannel channel,
        String site,
        String zone,
        Long productId,
        Integer durationSeconds,
        BigDecimal value,
        Integer emotion,
        String attributes) {}
