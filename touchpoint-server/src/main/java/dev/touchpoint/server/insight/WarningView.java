package dev.touchpoint.server.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An early warning as the inbox shows it.
 *
 * @param rule the rule code (see {@code dev.touchpoint.analytics.value.warning.WarningRule})
 * @param reason the rule's explanation with the figures, in English (the UI translates by rule)
 * @param evidence the figures that triggered it
 * @param status OPEN, IN_PROGRESS or CLOSED
 * @param effort the win-back effort the tier calls for: KEY, NORMAL or SMALL
 */
public record WarningView(
        long id,
        long customerId,
        String customerName,
        String tier,
        String rule,
        String reason,
        Map<String, Object> evidence,
        LocalDate raisedOn,
        String status,
        Long assigneeId,
        String churnCause,
        String causeParty,
        String outcome,
        Instant closedAt,
        int version,
        String effort) {}
