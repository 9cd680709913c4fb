package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.platform.NoFormula;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A ticket to open now (UI, API, phone log). The description becomes the customer's first message.
 *
 * @param touchpoint the touchpoint where the problem arose (catalogue code or free text)
 * @param priority null means {@code NORMAL}
 * @param channel null means {@code API}
 * @param teamId null means the customer's team
 */
public record NewTicket(
        @NotNull Long customerId,
        Long orderId,
        @Size(max = 100) String touchpoint,
        @NotNull TicketType type,
        TicketPriority priority,
        TicketChannel channel,
        @NotBlank @Size(max = 300) @NoFormula String subject,
        @Size(max = 10000) @NoFormula String description,
        Long assigneeId,
        Long teamId) {}
