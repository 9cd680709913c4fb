package dev.touchpoint.server.service.ticket;

import dev.touchpoint.analytics.service.SlaState;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import java.time.Instant;

/**
 * Filters of the ticket list and export; every field is optional.
 *
 * @param q text in the subject or the customer's name
 * @param open only tickets not solved or closed
 * @param sla only tickets whose SLA state is this one (evaluated now)
 */
public record TicketFilter(
        String q,
        TicketStatus status,
        TicketType type,
        TicketPriority priority,
        TicketChannel channel,
        Long teamId,
        Long assigneeId,
        Long customerId,
        Boolean open,
        SlaState sla,
        Instant from,
        Instant to) {

    public static TicketFilter none() {
        return new TicketFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
