package dev.touchpoint.server.insight;

import java.time.Instant;

/** One step of a win-back: assignment, contact (recorded as a touchpoint, {@code eventId}) or closing. */
public record WarningAction(long id, String action, String note, String eventId, Instant at, String actor) {}
