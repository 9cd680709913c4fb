package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.service.CompensationKind;
import dev.touchpoint.server.service.ComplaintDate;
import dev.touchpoint.server.service.ComplaintStep;
import dev.touchpoint.server.service.Party;
import dev.touchpoint.server.service.RootCause;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of tickets, their messages, status history and escalations. */
@Repository
public class TicketRepository {

    /** A record-level access rule as SQL with its bound parameters. */
    public record Scope(String predicate, Map<String, Object> params) {

        static final Scope ALL = new Scope("TRUE", Map.of());
    }

    /** Everything needed to insert a ticket. */
    record Insert(
            long customerId,
            Long orderId,
            String touchpoint,
            TicketType type,
            TicketPriority priority,
            TicketStatus status,
            TicketChannel channel,
            String subject,
            String description,
            Long assigneeId,
            Long teamId,
            Long policyId,
            Instant createdAt,
            boolean proactive,
            String proactiveReason,
            String evidenceJson,
            String externalRef,
            String createdBy) {}

    private static final String COLUMNS = "t.*";

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Insert i) {
        return jdbc.sql("""
                INSERT INTO ticket (customer_id, order_id, touchpoint, type, priority, status, channel, subject,
                                    description, assignee_id, team_id, policy_id, created_at, proactive,
                                    proactive_reason, evidence, external_ref, created_by)
                VALUES (:customer, :order, :touchpoint, :type, :priority, :status, :channel, :subject, :description,
                        :assignee, :team, :policy, :createdAt, :proactive, :reason, CAST(:evidence AS jsonb),
                        :externalRef, :createdBy)
                RETURNING id""")
                .param("customer", i.customerId())
                .param("order", i.orderId())
                .param("touchpoint", i.touchpoint())
                .param("type", i.type().name())
                .param("priority", i.priority().name())
                .param("status", i.status().name())
                .param("channel", i.channel().name())
                .param("subject", i.subject())
                .param("description", i.description())
                .param("assignee", i.assigneeId())
                .param("team", i.teamId())
                .param("policy", i.policyId())
                .param("createdAt", ts(i.createdAt()))
                .param("proactive", i.proactive())
                .param("reason", i.proactiveReason())
                .param("evidence", i.evidenceJson())
                .param("externalRef", i.externalRef())
                .param("createdBy", i.createdBy())
                .query(Long.class)
                .single();
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
                .param("at", ts(at))
                .query(Long.class)
                .single();
    }

    void insertStatus(long ticketId, TicketStatus status, Instant at, String actor) {
        jdbc.sql("INSERT INTO ticket_status_history (ticket_id, status, at, actor) VALUES (:t, :s, :at, :actor)")
                .param("t", ticketId)
                .param("s", status.name())
                .param("at", ts(at))
                .param("actor", actor)
                .update();
    }

    boolean externalRefTaken(String ref) {
        return jdbc.sql("SELECT count(*) FROM ticket WHERE external_ref = :ref")
                        .param("ref", ref)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<TicketRow> find(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket t WHERE t.id = :id AND " + scope.predicate())
                .params(scope.params())
                .param("id", id)
                .query(TicketRow::map)
                .optional();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT count(*) FROM ticket WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Tickets matching the filter's SQL part, newest first; the SLA filter is applied by the caller. */
    public List<TicketRow> search(TicketFilter f, Scope scope, int limit, long offset) {
        var params = new HashMap<String, Object>(scope.params());
        var where = where(f, scope, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket t WHERE " + where
                        + " ORDER BY t.created_at DESC, t.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query(TicketRow::map)
                .list();
    }

    long count(TicketFilter f, Scope scope) {
        var params = new HashMap<String, Object>(scope.params());
        var where = where(f, scope, params);
        return jdbc.sql("SELECT count(*) FROM ticket t WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(TicketFilter f, Scope scope, Map<String, Object> params) {
        var where = new ArrayList<String>();
        where.add(scope.predicate());
        if (f.q() != null && !f.q().isBlank()) {
            where.add("(t.subject ILIKE :q OR t.customer_id IN (SELECT c.id FROM customer c WHERE c.name ILIKE :q))");
            params.put("q", "%" + f.q().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        add(
                where,
                params,
                "t.status = :status",
                "status",
                f.status() == null ? null : f.status().name());
        add(
                where,
                params,
                "t.type = :type",
                "type",
                f.type() == null ? null : f.type().name());
        add(
                where,
                params,
                "t.priority = :priority",
                "priority",
                f.priority() == null ? null : f.priority().name());
        add(
                where,
                params,
                "t.channel = :channel",
                "channel",
                f.channel() == null ? null : f.channel().name());
        add(where, params, "t.team_id = :team", "team", f.teamId());
        add(where, params, "t.assignee_id = :assignee", "assignee", f.assigneeId());
        add(where, params, "t.customer_id = :customer", "customer", f.customerId());
        add(where, params, "t.created_at >= :from", "from", f.from() == null ? null : ts(f.from()));
        add(where, params, "t.created_at < :to", "to", f.to() == null ? null : ts(f.to()));
        if (Boolean.TRUE.equals(f.open())) {
            where.add("t.status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER')");
        }
        return String.join(" AND ", where);
    }

    public List<TicketRow> openTickets() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket t WHERE t.status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER')")
                .query(TicketRow::map)
                .list();
    }

    List<TicketRow> ofCustomer(long customerId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM ticket t WHERE t.customer_id = :c ORDER BY t.created_at DESC LIMIT :l")
                .param("c", customerId)
                .param("l", limit)
                .query(TicketRow::map)
                .list();
    }

    /** Tickets of the given customers opened from {@code from} on (repeat contacts), without scope. */
    public List<TicketRow> ofCustomersSince(Collection<Long> customerIds, Instant from) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM ticket t WHERE t.customer_id = ANY(:ids) AND t.created_at >= :from")
                .param("ids", customerIds.toArray(Long[]::new))
                .param("from", ts(from))
                .query(TicketRow::map)
                .list();
    }

    List<TicketMessage> messages(long ticketId) {
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

    List<TicketDetail.StatusEntry> history(long ticketId) {
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

    List<TicketDetail.Escalation> escalations(long ticketId) {
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
                        .param("at", ts(at))
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

    /** Sets status and the solved/closed/first-response times; bumps the version. */
    void updateState(long id, TicketStatus status, Instant firstResponseAt, Instant solvedAt, Instant closedAt) {
        jdbc.sql("""
                UPDATE ticket SET status = :status, first_response_at = :first, solved_at = :solved,
                                  closed_at = :closed, version = version + 1
                WHERE id = :id""")
                .param("status", status.name())
                .param("first", ts(firstResponseAt))
                .param("solved", ts(solvedAt))
                .param("closed", ts(closedAt))
                .param("id", id)
                .update();
    }

    int update(long id, int version, TicketChange c, Long policyId, Instant satisfactionAt) {
        return jdbc.sql("""
                UPDATE ticket SET priority = :priority, assignee_id = :assignee, team_id = :team, policy_id = :policy,
                       root_cause = :rootCause, complaint_step = :step, compensation_kind = :compKind,
                       compensation_amount = :compAmount, compensation_note = :compNote,
                       satisfaction = :satisfaction, satisfaction_at = :satisfactionAt, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("priority", c.priority().name())
                .param("assignee", c.assigneeId())
                .param("team", c.teamId())
                .param("policy", policyId)
                .param("rootCause", name(c.rootCause()))
                .param("step", name(c.complaintStep()))
                .param("compKind", name(c.compensationKind()))
                .param("compAmount", c.compensationAmount())
                .param("compNote", c.compensationNote())
                .param("satisfaction", c.satisfaction())
                .param("satisfactionAt", ts(satisfactionAt))
                .param("id", id)
                .param("version", version)
                .update();
    }

    /** The after-complaint survey state of a ticket, empty before the complaint was solved. */
    public Optional<String> surveyState(long id) {
        return jdbc.sql("SELECT survey_state FROM ticket WHERE id = :id AND survey_state IS NOT NULL")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    public void setSurvey(
            long id, String state, Long invitationId, String channel, Instant at, String link, String detail) {
        jdbc.sql("""
                UPDATE ticket SET survey_state = :state, survey_invitation_id = :inv, survey_channel = :channel,
                       survey_invited_at = :at, survey_link = :link, survey_detail = :detail
                WHERE id = :id""")
                .param("state", state)
                .param("inv", invitationId)
                .param("channel", channel)
                .param("at", ts(at))
                .param("link", link)
                .param("detail", detail)
                .param("id", id)
                .update();
    }

    /** Invitation id → ticket id of the surveys still waiting for an answer (of one ticket, or all). */
    public Map<Long, Long> surveysWaiting(Long ticketId) {
        var result = new HashMap<Long, Long>();
        jdbc.sql("""
                SELECT id, survey_invitation_id FROM ticket
                WHERE survey_state = 'INVITED' AND (CAST(:id AS bigint) IS NULL OR id = :id)""").param("id", ticketId).query(rs -> {
            result.put(rs.getLong("survey_invitation_id"), rs.getLong("id"));
        });
        return result;
    }

    /** Stores the survey's answer as the ticket's satisfaction; 0 when it was stored already. */
    public int fillSurveyAnswer(long id, long invitationId, Integer score, String comment, Instant at) {
        return jdbc.sql("""
                UPDATE ticket SET satisfaction = :score, satisfaction_at = :at, satisfaction_comment = :comment,
                       survey_state = 'ANSWERED', version = version + 1
                WHERE id = :id AND survey_invitation_id = :inv AND survey_state = 'INVITED'""")
                .param("score", score)
                .param("at", ts(at))
                .param("comment", comment)
                .param("id", id)
                .param("inv", invitationId)
                .update();
    }

    /** The after-complaint survey of a ticket as the ticket page shows it. */
    Optional<TicketDetail.AfterComplaintSurvey> survey(long id) {
        return jdbc.sql("""
                SELECT survey_state, survey_channel, survey_invited_at, survey_link, survey_detail, satisfaction_comment
                FROM ticket WHERE id = :id AND survey_state IS NOT NULL""")
                .param("id", id)
                .query((rs, n) -> new TicketDetail.AfterComplaintSurvey(
                        rs.getString("survey_state"),
                        rs.getString("survey_channel"),
                        TicketRow.instant(rs, "survey_invited_at"),
                        rs.getString("survey_link"),
                        rs.getString("survey_detail"),
                        rs.getString("satisfaction_comment")))
                .optional();
    }

    void setComplaint(
            long id,
            RootCause cause,
            ComplaintStep step,
            CompensationKind kind,
            BigDecimal amount,
            String note,
            Integer satisfaction,
            Instant satisfactionAt) {
        jdbc.sql("""
                UPDATE ticket SET root_cause = :rootCause, complaint_step = :step, compensation_kind = :compKind,
                       compensation_amount = :compAmount, compensation_note = :compNote,
                       satisfaction = :satisfaction, satisfaction_at = :satisfactionAt
                WHERE id = :id""")
                .param("rootCause", name(cause))
                .param("step", name(step))
                .param("compKind", name(kind))
                .param("compAmount", amount)
                .param("compNote", note)
                .param("satisfaction", satisfaction)
                .param("satisfactionAt", ts(satisfactionAt))
                .param("id", id)
                .update();
    }

    /** Finds an open proactive ticket of the customer with the same reason. */
    public Optional<Long> openProactive(long customerId, String reason) {
        return jdbc.sql("""
                SELECT id FROM ticket WHERE customer_id = :c AND proactive AND proactive_reason = :r
                  AND status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER') ORDER BY id LIMIT 1""")
                .param("c", customerId)
                .param("r", reason)
                .query(Long.class)
                .optional();
    }

    public void repointCustomer(long mergedId, long survivorId) {
        jdbc.sql("UPDATE ticket SET customer_id = :s WHERE customer_id = :m")
                .param("s", survivorId)
                .param("m", mergedId)
                .update();
    }

    public static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static void add(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }

    public void forEachComplaintDate(
            java.time.Instant before, java.time.ZoneId zone, java.util.function.Consumer<ComplaintDate> consumer) {
        jdbc.sql("""
                SELECT customer_id, (created_at AT TIME ZONE :zone)::date AS day
                FROM ticket
                WHERE type = 'COMPLAINT' AND created_at < :before
                ORDER BY customer_id, created_at
                """)
                .param("zone", zone.getId())
                .param("before", java.sql.Timestamp.from(before))
                .query(rs -> {
                    consumer.accept(new ComplaintDate(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class)));
                });
    }
}
