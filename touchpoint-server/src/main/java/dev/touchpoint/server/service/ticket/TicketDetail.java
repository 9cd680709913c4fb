package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.service.TicketStatus;
import java.time.Instant;
import java.util.List;

/** A ticket with its conversation, status history and escalations. */
public record TicketDetail(
        TicketView ticket,
        List<TicketMessage> messages,
        List<StatusEntry> history,
        List<Escalation> escalations,
        AfterComplaintSurvey survey) {

    /**
     * The after-complaint survey: {@code state} INVITED, ANSWERED, BLOCKED (with the reason in
     * {@code detail}: NO_CONSENT, FREQUENCY_CAP…) or NO_SURVEY; {@code link} is the public path to send.
     */
    public record AfterComplaintSurvey(
            String state, String channel, Instant invitedAt, String link, String detail, String comment) {}

    /** The ticket entered {@code status} at {@code at}. */
    public record StatusEntry(TicketStatus status, Instant at, String actor) {}

    /** An escalation level reached, which target triggered it and who was told. */
    public record Escalation(int level, String target, Instant at, String notified) {}
}
