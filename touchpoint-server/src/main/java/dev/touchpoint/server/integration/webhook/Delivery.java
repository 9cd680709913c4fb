package dev.touchpoint.server.integration.webhook;

import java.time.Instant;

/**
 * One message to one subscription, with where its delivery stands.
 *
 * @param messageId the {@code webhook-id}, the same on every attempt and resend
 * @param status PENDING (due at {@code nextAttemptAt}), DELIVERED or DEAD (dead-lettered)
 * @param lastStatus the HTTP status of the last attempt, null when there was no response
 * @param lastError why the last attempt failed (timeout, connection refused, HTTP 500 …)
 * @param lastMillis how long the last attempt took
 */
record Delivery(
        long id,
        long subscriptionId,
        String messageId,
        String eventType,
        String orderKey,
        String payload,
        Instant occurredAt,
        String status,
        int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Integer lastStatus,
        String lastError,
        Integer lastMillis,
        Instant deliveredAt,
        Instant createdAt) {}
