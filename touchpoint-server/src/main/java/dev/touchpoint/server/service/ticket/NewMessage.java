package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.service.Party;
import dev.touchpoint.server.service.TicketStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A message added to a ticket: a customer message (e.g. logged from a call), a public agent reply or
 * an internal note.
 *
 * @param internal an internal note, never shown to the customer and not counted as a reply
 * @param at when it was written; null means now (history may be set, not the future)
 * @param thenStatus status to move the ticket to afterwards; null keeps the automatic rule (a public
 *     reply opens a new ticket, a customer message reopens a pending or solved one)
 */
public record NewMessage(
        @NotNull Party party,
        Boolean internal,
        @NotBlank @Size(max = 10000) String body,
        Instant at,
        TicketStatus thenStatus) {

    public NewMessage {
        internal = Boolean.TRUE.equals(internal);
    }
}
