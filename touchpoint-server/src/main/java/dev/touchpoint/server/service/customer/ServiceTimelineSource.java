package dev.touchpoint.server.service.customer;

import static dev.touchpoint.server.service.ticket.TicketRepository.ts;

import dev.touchpoint.server.customer.TimelineEntry;
import dev.touchpoint.server.customer.TimelineSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ticket opened, replied, solved and closed, and care messages sent, on the customer's timeline. */
@Component
class ServiceTimelineSource implements TimelineSource {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ServiceTimelineSource(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> entries(long customerId, Instant before, int limit, Locale locale) {
        var entries = new ArrayList<TimelineEntry>();
        var bound = ts(before == null ? Instant.parse("9999-01-01T00:00:00Z") : before);
        jdbc.sql("""
                SELECT t.id, t.subject, t.type, t.created_at, t.created_by FROM ticket t
                WHERE t.customer_id = :c AND t.created_at < :b ORDER BY t.created_at DESC LIMIT :l""").param("c", customerId).param("b", bound).param("l", limit).query(rs -> {
            entries.add(entry(
                    rs.getTimestamp("created_at").toInstant(),
                    "TICKET_OPENED",
                    "life-preserver",
                    "service.timeline.opened",
                    rs.getString("subject"),
                    rs.getString("created_by"),
                    rs.getLong("id"),
                    locale));
        });
        jdbc.sql("""
                SELECT m.ticket_id, m.at, m.author, t.subject FROM ticket_message m JOIN ticket t ON t.id = m.ticket_id
                WHERE t.customer_id = :c AND m.party = 'AGENT' AND NOT m.internal AND m.at < :b
                ORDER BY m.at DESC LIMIT :l""").param("c", customerId).param("b", bound).param("l", limit).query(rs -> {
            entries.add(entry(
                    rs.getTimestamp("at").toInstant(),
                    "TICKET_REPLIED",
                    "reply",
                    "service.timeline.replied",
                    rs.getString("subject"),
                    rs.getString("author"),
                    rs.getLong("ticket_id"),
                    locale));
        });
        jdbc.sql("""
                SELECT h.ticket_id, h.status, h.at, h.actor, t.subject FROM ticket_status_history h
                JOIN ticket t ON t.id = h.ticket_id
                WHERE t.customer_id = :c AND h.status IN ('SOLVED', 'CLOSED') AND h.at < :b ORDER BY h.at DESC LIMIT :l""").param("c", customerId).param("b", bound).param("l", limit).query(rs -> {
            var solved = "SOLVED".equals(rs.getString("status"));
            entries.add(entry(
                    rs.getTimestamp("at").toInstant(),
                    solved ? "TICKET_SOLVED" : "TICKET_CLOSED",
                    solved ? "check2-circle" : "archive",
                    solved ? "service.timeline.solved" : "service.timeline.closed",
                    rs.getString("subject"),
                    rs.getString("actor"),
                    rs.getLong("ticket_id"),
                    locale));
        });
        jdbc.sql("""
                SELECT o.created_at, o.channel, o.subject FROM outbound_message o
                WHERE o.customer_id = :c AND o.status = 'SENT' AND o.created_at < :b ORDER BY o.created_at DESC LIMIT :l""").param("c", customerId).param("b", bound).param("l", limit).query(rs -> {
            entries.add(new TimelineEntry(
                    rs.getTimestamp("created_at").toInstant(),
                    "service",
                    "CARE_MESSAGE",
                    "heart",
                    messages.getMessage("service.timeline.care", new Object[] {rs.getString("channel")}, locale),
                    rs.getString("subject"),
                    null,
                    "/service/care"));
        });
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : entries;
    }

    private TimelineEntry entry(
            Instant at,
            String kind,
            String icon,
            String key,
            String subject,
            String actor,
            long ticketId,
            Locale locale) {
        return new TimelineEntry(
                at,
                "service",
                kind,
                icon,
                messages.getMessage(key, new Object[] {ticketId}, locale),
                subject,
                actor,
                "/service/tickets/" + ticketId);
    }
}
