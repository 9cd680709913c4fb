package dev.touchpoint.analytics.service;

import java.time.Instant;
import java.util.List;

/**
 * One ticket's measured times, the input of {@link FastReplyMetrics}.
 *
 * @param ticketId the ticket's key
 * @param customerKey the customer's key, for the repeat-contact definition of first-contact
 *     resolution
 * @param openedAt when the ticket was opened
 * @param solvedAt when it was last solved, or null
 * @param times its reply times (see {@link ReplyTimes})
 */
public record TicketMeasure(String ticketId, String customerKey, Instant openedAt, Instant solvedAt, ReplyTimes times) {

    public TicketMeasure {
        if (ticketId == null || customerKey == null || openedAt == null || times == null) {
            throw new IllegalArgumentException("ticket, customer, opening and times are required");
        }
        if (solvedAt != null && solvedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("ticket " + ticketId + " is solved before it was opened");
        }
    }

    /** Whether the ticket is solved. */
    public boolean solved() {
        return solvedAt != null;
    }

    /** The answered waits of this ticket. */
    public List<Long> responseMinutes() {
        return times.responseMinutes();
    }
}
