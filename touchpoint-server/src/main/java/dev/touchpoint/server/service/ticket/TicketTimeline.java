package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.service.Party;
import dev.touchpoint.server.service.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of what happens on a ticket: its messages, status history and escalations. */
@Repository
public class TicketTimeline {

    private final JdbcClient jdbc;

    TicketTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertMessage(
            long ticketId, Party party, boolean internal, String author, Long authorUserId, String body, Instant at) {
        return jdbc.sql("""
                INSERT INTO ticket_message (ticket_id, party, internal, author, author_user_id, body, at)
                VALUES (:ticket, :party, :internal, :author, :user, :body, :at) RETURNING id""")
                .param("ticket", ticketId)
                .param("party", party.name())
                .param("internal", internal)
                .param("author", author)
                .param("user", authorUserId)
                .param("body", body)
                .param("at", TicketRepository.ts(at))
                .query(Long.class)
                .single();
    }

    public void insertStatus(long ticketId, TicketStatus status, Instant at, String actor) {
        jdbc.sql("INSERT INTO ticket_status_history (ticket_id, status, at, actor) VALUES (:t, :s, :at, :actor)")
                .param("t", ticketId)
                .param("s", status.name())
                .param("at", TicketRepository.ts(at))
                .param("actor", actor)
                .update();
    }

    public List<TicketMessage> messages(long ticketId) {
        return jdbc.sql("SELECT * FROM ticket_message WHERE ticket_id = :t ORDER BY at, id")
                .param("t", ticketId)
                .query((rs, n) -> new TicketMessage(
                        rs.getLong("id"),
                        Party.valueOf(rs.getString("party")),
                        rs.getBoolean("internal"),
                        rs.getString("author"),
                        rs.getString("body"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** Public messages of many tickets: ticket id → (party, time) in time order. */
    public Map<Long, List<TicketMessage>> publicMessages(Collection<Long> ticketIds) {
        var result = new HashMap<Long, List<TicketMessage>>();
        if (ticketIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT ticket_id, id, party, at FROM ticket_message
                WHERE ticket_id = ANY(:ids) AND NOT internal ORDER BY ticket_id, at, id""").param("ids", ticketIds.toArray(Long[]::new)).query(rs -> {
            result.computeIfAbsent(rs.getLong("ticket_id"), k -> new ArrayList<>())
                    .add(new TicketMessage(
                            rs.getLong("id"),
                            Party.valueOf(rs.getString("party")),
                            false,
                            null,
                            null,
                            rs.getTimestamp("at").toInstant()));
        });
        return result;
    }

    public List<TicketDetail.StatusEntry> history(long ticketId) {
        return histories(List.of(ticketId)).getOrDefault(ticketId, List.of());
    }

    public Map<Long, List<TicketDetail.StatusEntry>> histories(Collection<Long> ticketIds) {
        var result = new HashMap<Long, List<TicketDetail.StatusEntry>>();
        if (ticketIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT * FROM ticket_status_history WHERE ticket_id = ANY(:ids) ORDER BY ticket_id, at, id")
                .param("ids", ticketIds.toArray(Long[]::new))
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("ticket_id"), k -> new ArrayList<>())
                            .add(new TicketDetail.StatusEntry(
                                    TicketStatus.valueOf(rs.getString("status")),
                                    rs.getTimestamp("at").toInstant(),
                                    rs.getString("actor")));
                });
        return result;
    }

    public List<TicketDetail.Escalation> escalations(long ticketId) {
        return jdbc.sql("SELECT * FROM ticket_escalation WHERE ticket_id = :t ORDER BY level")
                .param("t", ticketId)
                .query((rs, n) -> new TicketDetail.Escalation(
                        rs.getInt("level"),
                        rs.getString("target"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("notified")))
                .list();
    }

    public boolean insertEscalation(long ticketId, int level, String target, Instant at, String notified) {
        return jdbc.sql("""
                INSERT INTO ticket_escalation (ticket_id, level, target, at, notified)
                VALUES (:t, :level, :target, :at, :notified) ON CONFLICT (ticket_id, level) DO NOTHING""")
                        .param("t", ticketId)
                        .param("level", level)
                        .param("target", target)
                        .param("at", TicketRepository.ts(at))
                        .param("notified", notified)
                        .update()
                > 0;
    }

    public void raiseEscalation(long ticketId, int level) {
        jdbc.sql("UPDATE ticket SET escalation_level = greatest(escalation_level, :l) WHERE id = :t")
                .param("l", level)
                .param("t", ticketId)
                .update();
    }
}
