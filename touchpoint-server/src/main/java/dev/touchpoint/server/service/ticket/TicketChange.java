package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.service.CompensationKind;
import dev.touchpoint.server.service.ComplaintStep;
import dev.touchpoint.server.service.RootCause;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The editable state of a ticket (full replacement). Complaint fields only apply to complaints.
 *
 * @param satisfaction the customer's satisfaction after the complaint, 1 (very unhappy) to 5
 * @param version the version read, when not sent as {@code If-Match}
 */
public record TicketChange(
        @NotNull TicketStatus status,
        @NotNull TicketPriority priority,
        Long assigneeId,
        Long teamId,
        RootCause rootCause,
        ComplaintStep complaintStep,
        CompensationKind compensationKind,
        @DecimalMin("0") BigDecimal compensationAmount,
        @Size(max = 1000) String compensationNote,
        @Min(1) @Max(5) Integer satisfaction,
        Integer version) {}
