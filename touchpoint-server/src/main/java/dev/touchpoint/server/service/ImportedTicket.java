package dev.touchpoint.server.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A ticket with its history, for imports and demo data: every message and status change keeps its
 * original time, so SLA clocks and metrics are measured as they happened.
 *
 * @param externalRef the ticket's id in the source system; a second import with the same reference is
 *     refused, which makes imports repeatable
 * @param statusChanges in time order; the last one is the current status (none: {@code NEW}, or
 *     {@code OPEN} once an agent replied)
 */
public record ImportedTicket(
        @Size(max = 100) String externalRef,
        @NotNull Long customerId,
        Long orderId,
        @Size(max = 100) String touchpoint,
        @NotNull TicketType type,
        TicketPriority priority,
        TicketChannel channel,
        @NotBlank @Size(max = 300) String subject,
        Long assigneeId,
        Long teamId,
        @NotNull Instant createdAt,
        List<@Valid Message> messages,
        List<@Valid StatusChange> statusChanges,
        RootCause rootCause,
        ComplaintStep complaintStep,
        CompensationKind compensationKind,
        @DecimalMin("0") BigDecimal compensationAmount,
        @Size(max = 1000) String compensationNote,
        @Min(1) @Max(5) Integer satisfaction,
        Instant satisfactionAt) {

    public ImportedTicket {
        messages = messages == null ? List.of() : List.copyOf(messages);
        statusChanges = statusChanges == null ? List.of() : List.copyOf(statusChanges);
    }

    /** A message as it was written. */
    public record Message(
            @NotNull Party party,
            Boolean internal,
            @Size(max = 200) String author,
            @NotBlank @Size(max = 10000) String body,
            @NotNull Instant at) {

        public Message {
            internal = Boolean.TRUE.equals(internal);
        }
    }

    /** The ticket entered {@code status} at {@code at}. */
    public record StatusChange(
            @NotNull TicketStatus status, @NotNull Instant at) {}
}
