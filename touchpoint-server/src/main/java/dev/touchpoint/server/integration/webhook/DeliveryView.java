package dev.touchpoint.server.integration.webhook;

import java.time.Instant;
import java.util.List;

/** A delivery in the log, with its attempts when one delivery is asked for. */
public record DeliveryView(
        long id,
        String messageId,
        String eventType,
        String status,
        int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Integer lastStatus,
        String lastError,
        Integer lastMillis,
        Instant deliveredAt,
        Instant createdAt,
        String payload,
        List<Attempt> attemptLog) {}
