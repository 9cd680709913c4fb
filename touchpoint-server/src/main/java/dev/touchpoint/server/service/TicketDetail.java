package dev.touchpoint.server.service;

import java.time.Instant;
import java.util.List;

/** A ticket with its conversation, status history and escalations. */
public record TicketDetail(TicketView ticket, List<TicketMessage> messages, List<StatusEntry> history,
        List<Escalation> escalations) {

    /** The ticket entered {@code status} at {@code at}. */
    public record StatusEntry(TicketStatus status, Instant at, String actor) {
    }

    /** An escalation level reached, which target triggered it and who was told. */
    public record Escalation(int level, String target, Instant at, String notified) {
    }
}
