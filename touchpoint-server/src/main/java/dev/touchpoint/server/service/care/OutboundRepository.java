package dev.touchpoint.server.service.care;

import static dev.touchpoint.server.service.ticket.TicketRepository.ts;

import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.service.ticket.TicketRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of outbound messages and the guard's settings. */
@Repository
public class OutboundRepository {

    private final JdbcClient jdbc;

    OutboundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public GuardSettings settings() {
        return jdbc.sql("SELECT * FROM service_guard WHERE id = 1")
                .query((rs, n) -> new GuardSettings(
                        rs.getInt("max_messages"),
                        rs.getInt("window_days"),
                        rs.getInt("quiet_start_minute"),
                        rs.getInt("quiet_end_minute"),
                        rs.getString("zone"),
                        rs.getInt("version")))
                .single();
    }

    public int updateSettings(GuardSettings s, int version) {
        return jdbc.sql("""
                UPDATE service_guard SET max_messages = :max, window_days = :days, quiet_start_minute = :qs,
                       quiet_end_minute = :qe, zone = :zone, version = version + 1
                WHERE id = 1 AND version = :version""")
                .param("max", s.maxMessages())
                .param("days", s.windowDays())
                .param("qs", s.quietStartMinute())
                .param("qe", s.quietEndMinute())
                .param("zone", s.zone())
                .param("version", version)
                .update();
    }

    long sentSince(long customerId, Instant since) {
        return jdbc.sql(
                        "SELECT count(*) FROM outbound_message WHERE customer_id = :c AND status = 'SENT' AND created_at > :s")
                .param("c", customerId)
                .param("s", ts(since))
                .query(Long.class)
                .single();
    }

    public long insert(
            long customerId,
            String channel,
            String purpose,
            String subject,
            String body,
            String status,
            String reason,
            Instant at,
            Long careActionId,
            Long ticketId) {
        return jdbc.sql("""
                INSERT INTO outbound_message (customer_id, channel, purpose, subject, body, status, reason, created_at,
                                              care_action_id, ticket_id)
                VALUES (:c, :channel, :purpose, :subject, :body, :status, :reason, :at, :care, :ticket) RETURNING id""")
                .param("c", customerId)
                .param("channel", channel)
                .param("purpose", purpose)
                .param("subject", subject)
                .param("body", body)
                .param("status", status)
                .param("reason", reason)
                .param("at", ts(at))
                .param("care", careActionId)
                .param("ticket", ticketId)
                .query(Long.class)
                .single();
    }

    /** Messages with the given status (null: all), newest first, restricted to the scope. */
    public List<OutboundMessage> list(String status, Long customerId, TicketRepository.Scope scope, PageRequest page) {
        return jdbc.sql("""
                SELECT o.*, c.name AS customer_name FROM outbound_message o LEFT JOIN customer c ON c.id = o.customer_id
                WHERE (CAST(:status AS varchar) IS NULL OR o.status = :status)
                  AND (CAST(:customer AS bigint) IS NULL OR o.customer_id = :customer) AND """ + scope.predicate() + """

                ORDER BY o.created_at DESC, o.id DESC LIMIT :limit OFFSET :offset""")
                .params(scope.params())
                .param("status", status)
                .param("customer", customerId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new OutboundMessage(
                        rs.getLong("id"),
                        rs.getLong("customer_id"),
                        rs.getString("customer_name"),
                        rs.getString("channel"),
                        rs.getString("purpose"),
                        rs.getString("subject"),
                        rs.getString("status"),
                        rs.getString("reason"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public long count(String status, Long customerId, TicketRepository.Scope scope) {
        return jdbc.sql("""
                SELECT count(*) FROM outbound_message o
                WHERE (CAST(:status AS varchar) IS NULL OR o.status = :status)
                  AND (CAST(:customer AS bigint) IS NULL OR o.customer_id = :customer) AND """ + scope.predicate())
                .params(scope.params())
                .param("status", status)
                .param("customer", customerId)
                .query(Long.class)
                .single();
    }

    public void repointCustomer(long mergedId, long survivorId) {
        jdbc.sql("UPDATE outbound_message SET customer_id = :s WHERE customer_id = :m")
                .param("s", survivorId)
                .param("m", mergedId)
                .update();
    }
}
