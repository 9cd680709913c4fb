package dev.touchpoint.server.service.care;

import static dev.touchpoint.server.service.ticket.TicketRepository.ts;

import dev.touchpoint.server.service.OrderStageReached;
import dev.touchpoint.server.service.ticket.TicketRepository;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of care rules, the order stages they watch, the actions they took and tasks. */
@Repository
public class CareRepository {

    /** An occasion a rule is due for. */
    record Due(long customerId, Long orderId, String occasion, Instant dueAt) {}

    private final JdbcClient jdbc;

    CareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CareRule> rules() {
        return jdbc.sql("SELECT * FROM care_rule ORDER BY id")
                .query((rs, n) -> new CareRule(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("trigger"),
                        rs.getString("stage"),
                        rs.getInt("offset_days"),
                        rs.getString("action"),
                        rs.getString("channel"),
                        rs.getBoolean("no_promotion"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getBoolean("enabled"),
                        rs.getInt("version")))
                .list();
    }

    int updateRule(String code, int version, CareRule r) {
        return jdbc.sql("""
                UPDATE care_rule SET offset_days = :offset, action = :action, channel = :channel, subject = :subject,
                       body = :body, enabled = :enabled, version = version + 1
                WHERE code = :code AND version = :version""")
                .param("offset", r.offsetDays())
                .param("action", r.action())
                .param("channel", r.channel())
                .param("subject", r.subject())
                .param("body", r.body())
                .param("enabled", r.enabled())
                .param("code", code)
                .param("version", version)
                .update();
    }

    public void upsertStage(OrderStageReached s) {
        jdbc.sql("""
                INSERT INTO care_order_stage (order_id, customer_id, stage, reached_at) VALUES (:o, :c, :s, :at)
                ON CONFLICT (order_id, stage) DO NOTHING""")
                .param("o", s.orderId())
                .param("c", s.customerId())
                .param("s", s.stage())
                .param("at", ts(s.at()))
                .update();
    }

    /** Orders that reached the rule's stage so that {@code reached + offset} lies in {@code (from, to]}, not yet handled. */
    List<Due> dueForStage(CareRule rule, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT s.customer_id, s.order_id, s.reached_at + make_interval(days => :offset) AS due_at
                FROM care_order_stage s
                WHERE s.stage = :stage
                  AND s.reached_at + make_interval(days => :offset) > :from
                  AND s.reached_at + make_interval(days => :offset) <= :to
                  AND NOT EXISTS (SELECT 1 FROM care_action a WHERE a.rule_id = :rule AND a.customer_id = s.customer_id
                                  AND a.occasion = 'order:' || s.order_id)
                ORDER BY due_at""")
                .param("offset", rule.offsetDays())
                .param("stage", rule.stage())
                .param("from", ts(from))
                .param("to", ts(to))
                .param("rule", rule.id())
                .query((rs, n) -> new Due(
                        rs.getLong("customer_id"),
                        rs.getLong("order_id"),
                        "order:" + rs.getLong("order_id"),
                        rs.getTimestamp("due_at").toInstant()))
                .list();
    }

    /** Customers with an order stage in the year before {@code now}: the active customers of holiday care. */
    List<Long> activeCustomers(Instant now) {
        return jdbc.sql("""
                SELECT DISTINCT customer_id FROM care_order_stage
                WHERE reached_at > :since AND reached_at <= :now ORDER BY customer_id""")
                .param("since", ts(now.minusSeconds(365L * 86400)))
                .param("now", ts(now))
                .query(Long.class)
                .list();
    }

    /** The name of the holiday starting on {@code day} in the calendar, if one starts that day. */
    Optional<String> holidayStarting(String calendarCode, LocalDate day) {
        return jdbc.sql("""
                SELECT d.name FROM service_calendar_day d JOIN service_calendar c ON c.id = d.calendar_id
                WHERE c.code = :code AND d.day = :day AND d.kind = 'HOLIDAY'
                  AND NOT EXISTS (SELECT 1 FROM service_calendar_day p WHERE p.calendar_id = d.calendar_id
                                  AND p.day = CAST(:day AS date) - 1 AND p.kind = 'HOLIDAY')""")
                .param("code", calendarCode)
                .param("day", Date.valueOf(day))
                .query(String.class)
                .optional();
    }

    boolean handled(long ruleId, long customerId, String occasion) {
        return jdbc.sql("SELECT count(*) FROM care_action WHERE rule_id = :r AND customer_id = :c AND occasion = :o")
                        .param("r", ruleId)
                        .param("c", customerId)
                        .param("o", occasion)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertAction(
            long ruleId,
            long customerId,
            Long orderId,
            String occasion,
            Instant dueAt,
            Instant doneAt,
            String outcome,
            String detail) {
        return jdbc.sql("""
                INSERT INTO care_action (rule_id, customer_id, order_id, occasion, due_at, done_at, outcome, detail)
                VALUES (:r, :c, :o, :occasion, :due, :done, :outcome, :detail) RETURNING id""")
                .param("r", ruleId)
                .param("c", customerId)
                .param("o", orderId)
                .param("occasion", occasion)
                .param("due", ts(dueAt))
                .param("done", ts(doneAt))
                .param("outcome", outcome)
                .param("detail", detail)
                .query(Long.class)
                .single();
    }

    public long insertTask(
            long customerId,
            Long orderId,
            Long careActionId,
            String title,
            Instant dueAt,
            Long teamId,
            Instant createdAt) {
        return jdbc.sql("""
                INSERT INTO service_task (customer_id, order_id, care_action_id, title, due_at, team_id, created_at)
                VALUES (:c, :o, :a, :title, :due, :team, :created) RETURNING id""")
                .param("c", customerId)
                .param("o", orderId)
                .param("a", careActionId)
                .param("title", title)
                .param("due", ts(dueAt))
                .param("team", teamId)
                .param("created", ts(createdAt))
                .query(Long.class)
                .single();
    }

    /** Outcome counts of one rule's actions done since a time. */
    public java.util.Map<String, Integer> outcomeCounts(String ruleCode, Instant since) {
        var counts = new java.util.TreeMap<String, Integer>();
        jdbc.sql("""
                SELECT a.outcome, count(*) FROM care_action a JOIN care_rule r ON r.id = a.rule_id
                WHERE r.code = :code AND a.done_at >= :since GROUP BY a.outcome""").param("code", ruleCode).param("since", ts(since)).query((java.sql.ResultSet rs) -> {
            counts.put(rs.getString(1), rs.getInt(2));
        });
        return counts;
    }

    public List<CareAction> actions(Long customerId, TicketRepository.Scope scope, int limit) {
        return jdbc.sql("""
                SELECT a.*, r.code, c.name AS customer_name FROM care_action a JOIN care_rule r ON r.id = a.rule_id
                LEFT JOIN customer c ON c.id = a.customer_id
                WHERE (CAST(:customer AS bigint) IS NULL OR a.customer_id = :customer) AND """ + scope.predicate() + """

                ORDER BY a.done_at DESC, a.id DESC LIMIT :limit""")
                .params(scope.params())
                .param("customer", customerId)
                .param("limit", limit)
                .query((rs, n) -> new CareAction(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getLong("customer_id"),
                        rs.getString("customer_name"),
                        (Long) rs.getObject("order_id"),
                        rs.getString("occasion"),
                        rs.getTimestamp("due_at").toInstant(),
                        rs.getTimestamp("done_at").toInstant(),
                        rs.getString("outcome"),
                        rs.getString("detail")))
                .list();
    }

    public List<ServiceTask> openTasks(TicketRepository.Scope scope, int limit) {
        return jdbc.sql("""
                SELECT t.*, c.name AS customer_name FROM service_task t LEFT JOIN customer c ON c.id = t.customer_id
                WHERE t.done_at IS NULL AND """ + scope.predicate() + """

                ORDER BY t.due_at LIMIT :limit""")
                .params(scope.params())
                .param("limit", limit)
                .query((rs, n) -> new ServiceTask(
                        rs.getLong("id"),
                        rs.getLong("customer_id"),
                        rs.getString("customer_name"),
                        (Long) rs.getObject("order_id"),
                        rs.getString("title"),
                        rs.getTimestamp("due_at").toInstant(),
                        (Long) rs.getObject("team_id"),
                        rs.getTimestamp("created_at").toInstant(),
                        null,
                        null))
                .list();
    }

    int completeTask(long id, Instant at, String actor, TicketRepository.Scope scope) {
        return jdbc.sql(
                        "UPDATE service_task t SET done_at = :at, done_by = :actor WHERE t.id = :id AND t.done_at IS NULL AND "
                                + scope.predicate())
                .params(scope.params())
                .param("at", ts(at))
                .param("actor", actor)
                .param("id", id)
                .update();
    }

    Optional<Instant> cursor(String name) {
        return jdbc.sql("SELECT position FROM service_job_cursor WHERE name = :n")
                .param("n", name)
                .query((rs, n) -> rs.getTimestamp("position").toInstant())
                .optional();
    }

    void moveCursor(String name, Instant position) {
        jdbc.sql("""
                INSERT INTO service_job_cursor (name, position) VALUES (:n, :p)
                ON CONFLICT (name) DO UPDATE SET position = greatest(service_job_cursor.position, :p)""").param("n", name).param("p", ts(position)).update();
    }

    public void repointCustomer(long mergedId, long survivorId) {
        jdbc.sql("UPDATE care_order_stage SET customer_id = :s WHERE customer_id = :m")
                .param("s", survivorId)
                .param("m", mergedId)
                .update();
        // an occasion handled for both customers is kept once, on the survivor
        jdbc.sql("""
                UPDATE service_task SET care_action_id = NULL WHERE care_action_id IN (
                  SELECT a.id FROM care_action a WHERE a.customer_id = :m AND EXISTS (
                    SELECT 1 FROM care_action b WHERE b.customer_id = :s AND b.rule_id = a.rule_id AND b.occasion = a.occasion))""").param("s", survivorId).param("m", mergedId).update();
        jdbc.sql("""
                DELETE FROM care_action a WHERE a.customer_id = :m AND EXISTS (
                  SELECT 1 FROM care_action b WHERE b.customer_id = :s AND b.rule_id = a.rule_id AND b.occasion = a.occasion)""").param("s", survivorId).param("m", mergedId).update();
        jdbc.sql("UPDATE care_action SET customer_id = :s WHERE customer_id = :m")
                .param("s", survivorId)
                .param("m", mergedId)
                .update();
        jdbc.sql("UPDATE service_task SET customer_id = :s WHERE customer_id = :m")
                .param("s", survivorId)
                .param("m", mergedId)
                .update();
    }
}
