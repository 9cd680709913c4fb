package dev.touchpoint.server.integration.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as administrators see it: the URL with its key masked, never a secret.
 *
 * @param signed whether messages are signed (always for webhooks; robots with a signing secret)
 * @param pending deliveries waiting or being retried
 * @param delivered deliveries that arrived
 * @param dead deliveries given up on (resend them from the log)
 */
public record SubscriptionView(
        long id,
        String name,
        String kind,
        String url,
        List<String> eventTypes,
        List<String> tiers,
        String locale,
        Long teamId,
        String quietFrom,
        String quietUntil,
        long ownerId,
        String ownerName,
        String status,
        boolean signed,
        long pending,
        long delivered,
        long dead,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        int version) {}
