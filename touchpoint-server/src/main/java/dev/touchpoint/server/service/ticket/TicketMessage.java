package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.service.Party;
import java.time.Instant;

/** One message of a ticket's conversation. */
public record TicketMessage(long id, Party party, boolean internal, String author, String body, Instant at) {}
