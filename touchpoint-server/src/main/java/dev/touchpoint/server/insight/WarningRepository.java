package dev.touchpoint.server.insight;

import dev.touchpoint.analytics.value.engine.ValueWarning;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import java.io.IOException;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Early warnings and their win-back actions; every read is restricted to the caller's customer scope. */
@Repository
class WarningRepository {

    /** A row as stored, before names and effort are added. */
    record Row(
            long id,
            long customerId,
            String tier,
            String rule,
            String reason,
            String evidence,
            LocalDate raisedOn,
            String status,
            Long assigneeId,
            String churnCause,
            String causeParty,
            String outcome,
            java.time.Instant closedAt,
            int version) {}

    private static final String COLUMNS =
            "w.id, w.customer_id, w.tier, w.rule, w.reason, w.evidence::text AS evidence, "
                    + "w.raised_on, w.status, w.assignee_id, w.churn_cause, w.cause_party, w.outcome, w.closed_at, w.version";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ObjectMapper json;

    WarningRepository(JdbcClient jdbc, DataSource dataSource, ObjectMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    /** The warnings a run raised (new ones only: one already open stays with its earlier run). */
    List<Row> raisedBy(long runId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM value_warning w WHERE w.run_id = :run ORDER BY w.id")
                .param("run", runId)
                .query(WarningRepository::row)
                .list();
    }

    /** Inserts the warnings not already open for the same customer and rule; returns the new ids by customer. */
    Map<Long, List<Long>> insertNew(long runId, LocalDate raisedOn, List<ValueWarning> warnings) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try (var st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS value_warning_stage (customer_id bigint, tier text, rule text, "
                    + "reason text, evidence jsonb)");
            st.execute("TRUNCATE value_warning_stage");
            var text = new StringBuilder();
            for (var w : warnings) {
                text.append(w.customerId())
                        .append('\t')
                        .append(w.tier() == null ? "\\N" : escape(w.tier()))
                        .append('\t')
                        .append(w.warning().rule().name())
                        .append('\t')
                        .append(escape(w.warning().reason()))
                        .append('\t')
                        .append(escape(json.writeValueAsString(w.warning().evidence())))
                        .append('\n');
            }
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY value_warning_stage FROM STDIN", new StringReader(text.toString()));
            var ids = new HashMap<Long, List<Long>>();
            try (var insert = connection.prepareStatement("""
                    INSERT INTO value_warning (customer_id, tier, rule, reason, evidence, run_id, raised_on)
                    SELECT customer_id, tier, rule, reason, evidence, ?, ? FROM value_warning_stage
                    ON CONFLICT (customer_id, rule) WHERE status <> 'CLOSED' DO NOTHING
                    RETURNING id, customer_id""")) {
                insert.setLong(1, runId);
                insert.setObject(2, raisedOn);
                try (var rs = insert.executeQuery()) {
                    while (rs.next()) {
                        ids.computeIfAbsent(rs.getLong(2), k -> new java.util.ArrayList<>())
                                .add(rs.getLong(1));
                    }
                }
            }
            st.execute("DROP TABLE value_warning_stage");
            return ids;
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("storing warnings failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    PageResult<Row> search(WarningFilter filter, String scope, CurrentUser user, PageRequest page) {
        var where = new StringBuilder(" WHERE ").append(scope);
        var params = new HashMap<String, Object>(user.scopeParams());
        if (filter.status() != null) {
            where.append(filter.status().equals("ACTIVE") ? " AND w.status <> 'CLOSED'" : " AND w.status = :status");
            params.put("status", filter.status());
        }
        if (filter.rule() != null) {
            where.append(" AND w.rule = :rule");
            params.put("rule", filter.rule());
        }
        if (filter.tier() != null) {
            where.append(" AND w.tier = :tier");
            params.put("tier", filter.tier());
        }
        if (filter.customerId() != null) {
            where.append(" AND w.customer_id = :customer");
            params.put("customer", filter.customerId());
        }
        if (filter.assigneeId() != null) {
            where.append(" AND w.assignee_id = :assignee");
            params.put("assignee", filter.assigneeId());
        }
        long total = jdbc.sql("SELECT count(*) FROM value_warning w" + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM value_warning w" + where
                        + " ORDER BY CASE w.tier WHEN 'VIP' THEN 1 WHEN 'KEY' THEN 2 WHEN 'NORMAL' THEN 3 ELSE 4 END, "
                        + "w.raised_on DESC, w.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(WarningRepository::row)
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM value_warning w WHERE w.id = :id")
                .param("id", id)
                .query(WarningRepository::row)
                .optional();
    }

    int assign(long id, long assigneeId, int version) {
        return jdbc.sql("""
                UPDATE value_warning SET assignee_id = :assignee, status = 'IN_PROGRESS', version = version + 1
                WHERE id = :id AND version = :version AND status <> 'CLOSED'""")
                .param("assignee", assigneeId)
                .param("id", id)
                .param("version", version)
                .update();
    }

    int close(long id, String cause, String party, String outcome, String actor, int version) {
        return jdbc.sql("""
                UPDATE value_warning SET status = 'CLOSED', churn_cause = :cause, cause_party = :party, outcome = :outcome,
                       closed_at = now(), closed_by = :actor, version = version + 1
                WHERE id = :id AND version = :version AND status <> 'CLOSED'""")
                .param("cause", cause)
                .param("party", party)
                .param("outcome", outcome)
                .param("actor", actor)
                .param("id", id)
                .param("version", version)
                .update();
    }

    void touch(long id) {
        jdbc.sql(
                        "UPDATE value_warning SET status = 'IN_PROGRESS', version = version + 1 WHERE id = :id AND status = 'OPEN'")
                .param("id", id)
                .update();
    }

    void addAction(long warningId, String action, String note, String eventId, String actor) {
        jdbc.sql("INSERT INTO value_warning_action (warning_id, action, note, event_id, actor) "
                        + "VALUES (:w, :action, :note, :event, :actor)")
                .param("w", warningId)
                .param("action", action)
                .param("note", note)
                .param("event", eventId)
                .param("actor", actor)
                .update();
    }

    List<WarningAction> actions(long warningId) {
        return jdbc.sql(
                        "SELECT id, action, note, event_id, at, actor FROM value_warning_action WHERE warning_id = :w ORDER BY at, id")
                .param("w", warningId)
                .query((rs, n) -> new WarningAction(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }

    /** Closed warnings per churn cause and party, within scope: what win-back teaches. */
    List<Map<String, Object>> causes(String scope, CurrentUser user) {
        return jdbc.sql(
                        "SELECT coalesce(w.churn_cause, '-') AS cause, coalesce(w.cause_party, '-') AS party, w.outcome, count(*) AS n "
                                + "FROM value_warning w WHERE w.status = 'CLOSED' AND " + scope
                                + " GROUP BY 1, 2, 3 ORDER BY 4 DESC")
                .params(user.scopeParams())
                .query()
                .listOfRows();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var closed = rs.getTimestamp("closed_at");
        return new Row(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                rs.getString("tier"),
                rs.getString("rule"),
                rs.getString("reason"),
                rs.getString("evidence"),
                rs.getObject("raised_on", LocalDate.class),
                rs.getString("status"),
                (Long) rs.getObject("assignee_id"),
                rs.getString("churn_cause"),
                rs.getString("cause_party"),
                rs.getString("outcome"),
                closed == null ? null : closed.toInstant(),
                rs.getInt("version"));
    }
}
