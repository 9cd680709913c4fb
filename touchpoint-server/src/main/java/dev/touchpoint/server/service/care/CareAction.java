package dev.touchpoint.server.service.care;

import java.time.Instant;

/**
 * A care step that ran for a customer.
 *
 * @param occasion what it was for, e.g. {@code order:42}, {@code holiday:2026-02-15}, {@code birthday:2026}
 * @param outcome SENT, TASK, BLOCKED or FAILED
 */
public record CareAction(
        long id,
        String ruleCode,
        long customerId,
        String customerName,
        Long orderId,
        String occasion,
        Instant dueAt,
        Instant doneAt,
        String outcome,
        String detail) {}
