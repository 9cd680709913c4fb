package dev.touchpoint.server.insight;

/**
 * Inbox filters; null means any.
 *
 * @param status OPEN, IN_PROGRESS, CLOSED, or ACTIVE (= not closed)
 */
public record WarningFilter(String status, String rule, String tier, Long customerId, Long assigneeId) {}
