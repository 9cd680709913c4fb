package dev.touchpoint.server.service.ticket;

import dev.touchpoint.analytics.service.SlaState;
import dev.touchpoint.server.service.CompensationKind;
import dev.touchpoint.server.service.ComplaintStep;
import dev.touchpoint.server.service.RootCause;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A ticket as the API and the screens show it, with its SLA state and measured times in business
 * minutes of its policy's calendar.
 */
public record TicketView(
        long id,
        long customerId,
        String customerName,
        Long orderId,
        String touchpoint,
        TicketType type,
        TicketPriority priority,
        TicketStatus status,
        TicketChannel channel,
        String subject,
        String description,
        Long assigneeId,
        String assigneeName,
        Long teamId,
        String teamName,
        Instant createdAt,
        Instant firstResponseAt,
        Instant solvedAt,
        Instant closedAt,
        int escalationLevel,
        Complaint complaint,
        boolean proactive,
        String proactiveReason,
        Sla sla,
        int version) {

    /** Complaint handling (seed 003): root cause, step, compensation and satisfaction afterwards. */
    public record Complaint(
            RootCause rootCause,
            ComplaintStep step,
            CompensationKind compensationKind,
            BigDecimal compensationAmount,
            String compensationNote,
            Integer satisfaction,
            Instant satisfactionAt) {}

    /**
     * The SLA of the ticket measured now.
     *
     * @param state the worst state of the three targets
     * @param firstResponse null when the ticket was solved without any public reply
     * @param nextResponse null unless a customer waits for a reply after the first one
     */
    public record Sla(
            Long policyId,
            String policyName,
            String calendar,
            Target firstResponse,
            Target nextResponse,
            Target resolution,
            SlaState state,
            Measured measured) {}

    /** One target: business minutes allowed and used, due time while running, and its state. */
    public record Target(long targetMinutes, long elapsedMinutes, Instant dueAt, SlaState state, double percentUsed) {}

    /**
     * Measured times in business minutes (pauses excluded).
     *
     * @param averageResponseMinutes mean of {@code responseMinutes}, null without replies
     */
    public record Measured(
            Long firstResponseMinutes,
            Double averageResponseMinutes,
            List<Long> responseMinutes,
            Long resolutionMinutes,
            boolean paused) {}
}
