package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.service.CompensationKind;
import dev.touchpoint.server.service.ComplaintDate;
import dev.touchpoint.server.service.ComplaintStep;
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

/** SQL of tickets; their messages, status history and escalations are in {@link TicketTimeline}. */
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
