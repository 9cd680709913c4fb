package dev.touchpoint.server.sales.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder for a user: an overdue follow-up, a pool warning a few days before reclaim, or a
 * reclaim that happened.
 *
 * @param kind {@code OVERDUE}, {@code POOL_WARNING} or {@code POOL_RECLAIMED}
 */
public record Reminder(long id, String kind, String subject, String link, LocalDate dueOn, Instant createdAt) {}
