package dev.touchpoint.server.crosssell.action;

import dev.touchpoint.analytics.crosssell.action.RuleOutcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actions staff took on suggestions, and their measured outcomes per rule. */
@Repository
public class ActionRepository {

    private static final String COLUMNS =
            "id, customer_id, kind, offer_kind, offer_code, rule, expected_value, outcome, note, actor, "
                    + "created_at, converted_order_id, converted_on";

    private final JdbcClient jdbc;

    ActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long customerId,
            String kind,
            String offerKind,
            String offerCode,
            String rule,
            double ev,
            String outcome,
            String note,
            String actor) {
        return jdbc.sql("""
                INSERT INTO crosssell_action (customer_id, kind, offer_kind, offer_code, rule, expected_value, outcome, note, actor)
                VALUES (:customer, :kind, :offerKind, :offerCode, :rule, :ev, :outcome, :note, :actor) RETURNING id""")
                .param("customer", customerId)
                .param("kind", kind)
                .param("offerKind", offerKind)
                .param("offerCode", offerCode)
                .param("rule", rule)
                .param("ev", ev)
                .param("outcome", outcome)
                .param("note", note)
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    public List<ActionRecord> ofCustomer(long customerId, int limit) {
        return jdbc.sql(
                        "SELECT " + COLUMNS
                                + " FROM crosssell_action WHERE customer_id = :customer ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("customer", customerId)
                .param("limit", limit)
                .query(ActionRepository::record)
                .list();
    }

    /** Actions that could still convert: accepted or completed, with an offer, not yet converted, since a date. */
    List<ActionRecord> pending(LocalDate since) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM crosssell_action WHERE converted_order_id IS NULL AND offer_code IS NOT NULL "
                        + "AND outcome IN ('ACCEPTED', 'COMPLETED') AND created_at >= :since")
                .param("since", since.atStartOfDay())
                .query(ActionRepository::record)
                .list();
    }

    void converted(long actionId, long orderId, LocalDate on) {
        jdbc.sql("UPDATE crosssell_action SET converted_order_id = :order, converted_on = :on WHERE id = :id")
                .param("order", orderId)
                .param("on", on)
                .param("id", actionId)
                .update();
    }

    /** Offers made (any outcome) and converted per rule text. */
    public Map<String, RuleOutcome> outcomes() {
        var outcomes = new HashMap<String, RuleOutcome>();
        jdbc.sql("SELECT rule, count(*), count(converted_order_id) FROM crosssell_action GROUP BY rule")
                .query((ResultSet rs) -> {
                    outcomes.put(rs.getString(1), new RuleOutcome(rs.getLong(2), rs.getLong(3)));
                });
        return outcomes;
    }

    /** Per rule: offered, accepted, dismissed, converted — for the rules page. */
    public List<Map<String, Object>> outcomeRows() {
        return jdbc.sql("""
                SELECT rule, kind, count(*) AS offered, count(*) FILTER (WHERE outcome <> 'DISMISSED') AS accepted,
                       count(*) FILTER (WHERE outcome = 'DISMISSED') AS dismissed, count(converted_order_id) AS converted
                FROM crosssell_action GROUP BY rule, kind ORDER BY count(*) DESC LIMIT 200""").query().listOfRows();
    }

    /** Offers dismissed for a customer since a date (not suggested again for a while). */
    List<String> dismissedSince(long customerId, LocalDate since) {
        return jdbc.sql("SELECT DISTINCT coalesce(offer_kind || ':' || offer_code, kind) FROM crosssell_action "
                        + "WHERE customer_id = :customer AND outcome = 'DISMISSED' AND created_at >= :since")
                .param("customer", customerId)
                .param("since", since.atStartOfDay())
                .query(String.class)
                .list();
    }

    /** Every customer's offers dismissed since a date. */
    Map<Long, List<String>> allDismissedSince(LocalDate since) {
        var all = new HashMap<Long, List<String>>();
        jdbc.sql("SELECT DISTINCT customer_id, coalesce(offer_kind || ':' || offer_code, kind) FROM crosssell_action "
                        + "WHERE outcome = 'DISMISSED' AND created_at >= :since")
                .param("since", since.atStartOfDay())
                .query((ResultSet rs) -> {
                    all.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(rs.getString(2));
                });
        return all;
    }

    /** Per customer and need rule (its text), the day of the latest action staff recorded on it. */
    Map<Long, Map<String, LocalDate>> lastNeedActions() {
        var all = new HashMap<Long, Map<String, LocalDate>>();
        jdbc.sql("SELECT customer_id, rule, CAST(max(created_at) AS date) FROM crosssell_action "
                        + "WHERE kind = 'NEED' GROUP BY customer_id, rule")
                .query((ResultSet rs) -> {
                    all.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getObject(3, LocalDate.class));
                });
        return all;
    }

    void merge(long survivorId, long duplicateId) {
        jdbc.sql("UPDATE crosssell_action SET customer_id = :survivor WHERE customer_id = :duplicate")
                .param("survivor", survivorId)
                .param("duplicate", duplicateId)
                .update();
    }

    private static ActionRecord record(ResultSet rs, int n) throws SQLException {
        return new ActionRecord(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getDouble(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getTimestamp(11).toInstant(),
                (Long) rs.getObject(12),
                rs.getObject(13, LocalDate.class));
    }
}
