package dev.touchpoint.server.service.care;

import java.time.Instant;

/** A task for an agent, e.g. a usage-care call (使用关怀) or a proactive contact. */
public record ServiceTask(
        long id,
        long customerId,
        String customerName,
        Long orderId,
        String title,
        Instant dueAt,
        Long teamId,
        Instant createdAt,
        Instant doneAt,
        String doneBy) {}
