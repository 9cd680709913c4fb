package dev.touchpoint.server.insight;

import dev.touchpoint.analytics.value.engine.CustomerContext;
import dev.touchpoint.analytics.value.engine.CustomerValue;
import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

/** Runs and their per-customer results; results are written with COPY. */
@Repository
class ValueRunRepository {

    private static final String RUN_COLUMNS =
            "id, as_of, status, phase, progress, started_at, finished_at, started_by, "
                    + "customers, orders, warnings, duration_ms, error";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ObjectMapper json;

    ValueRunRepository(JdbcClient jdbc, DataSource dataSource, ObjectMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    long start(LocalDate asOf, String actor) {
        return jdbc.sql(
                        "INSERT INTO value_run (as_of, status, phase, started_by) VALUES (:asOf, 'RUNNING', 'start', :actor) RETURNING id")
                .param("asOf", asOf)
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    void progress(long id, String phase, int percent) {
        jdbc.sql("UPDATE value_run SET phase = :phase, progress = :progress WHERE id = :id")
                .param("phase", phase)
                .param("progress", percent)
                .param("id", id)
                .update();
    }

    void finish(long id, int customers, long orders, int warnings, long durationMs, Map<String, Object> model) {
        jdbc.sql("""
                UPDATE value_run SET status = 'DONE', phase = 'done', progress = 100, finished_at = now(),
                       customers = :customers, orders = :orders, warnings = :warnings, duration_ms = :ms,
                       model = :model::jsonb
                WHERE id = :id""")
                .param("customers", customers)
                .param("orders", orders)
                .param("warnings", warnings)
                .param("ms", durationMs)
                .param("model", json.writeValueAsString(model))
                .param("id", id)
                .update();
    }

    void fail(long id, String error) {
        jdbc.sql(
                        "UPDATE value_run SET status = 'FAILED', phase = 'failed', finished_at = now(), error = :error WHERE id = :id")
                .param("error", error)
                .param("id", id)
                .update();
    }

    /** Runs left RUNNING by a stopped server are marked failed at start-up. */
    int failAbandoned() {
        return jdbc.sql(
                        "UPDATE value_run SET status = 'FAILED', phase = 'failed', error = 'server stopped during the run' "
                                + "WHERE status = 'RUNNING'")
                .update();
    }

    Optional<ValueRun> find(long id) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM value_run WHERE id = :id")
                .param("id", id)
                .query(ValueRunRepository::run)
                .optional();
    }

    List<ValueRun> list(int limit) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM value_run ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query(ValueRunRepository::run)
                .list();
    }

    Optional<ValueRun> latestDone() {
        return jdbc.sql("SELECT " + RUN_COLUMNS
                        + " FROM value_run WHERE status = 'DONE' ORDER BY as_of DESC, id DESC LIMIT 1")
                .query(ValueRunRepository::run)
                .optional();
    }

    Optional<ValueRun> previousDone(long runId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS
                        + " FROM value_run WHERE status = 'DONE' AND id < :id ORDER BY id DESC LIMIT 1")
                .param("id", runId)
                .query(ValueRunRepository::run)
                .optional();
    }

    Optional<Map<String, Object>> model(long runId) {
        return jdbc.sql("SELECT model::text FROM value_run WHERE id = :id AND model IS NOT NULL")
                .param("id", runId)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, Map.class));
    }

    Map<Long, CustomerContext.Previous> previous(long runId) {
        var map = new HashMap<Long, CustomerContext.Previous>();
        jdbc.sql("SELECT customer_id, p_alive, r_score, stage FROM value_customer WHERE run_id = :run")
                .param("run", runId)
                .query(rs -> {
                    map.put(
                            rs.getLong(1),
                            new CustomerContext.Previous(rs.getDouble(2), rs.getInt(3), rs.getString(4)));
                });
        return map;
    }

    void insertCustomers(long runId, List<CustomerValue> values) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < values.size(); from += 20_000) {
                var text = new StringBuilder();
                for (var v : values.subList(from, Math.min(values.size(), from + 20_000))) {
                    append(text, runId, v);
                }
                copy.copyIn(
                        "COPY value_customer (run_id, customer_id, tier, recency, frequency, monetary, r_score, "
                                + "f_score, m_score, segment, p_alive, expected_purchases, clv, gross_profit, revenue_12m, "
                                + "stage, phase, loyalty, loyalty_type, tier_prompt) FROM STDIN",
                        new StringReader(text.toString()));
            }
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("storing value results failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void append(StringBuilder out, long runId, CustomerValue v) {
        var r = v.rfm();
        Object[] fields = {
            runId,
            v.customerId(),
            v.tier(),
            r.recency(),
            r.frequency(),
            finite(r.monetary()),
            r.recencyScore(),
            r.frequencyScore(),
            r.monetaryScore(),
            r.segment().name(),
            finite(v.pAlive()),
            finite(v.expectedPurchases()),
            finite(v.clv()),
            finite(v.grossProfit()),
            finite(v.revenue12m()),
            v.lifecycle().stage().name(),
            v.lifecycle().phase().name(),
            v.loyalty(),
            v.loyaltyType(),
            v.tierPrompt()
        };
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            // every text field here is an enum name or a tier code: no tab, newline or backslash to escape
            out.append(
                    fields[i] == null
                            ? "\\N"
                            : fields[i] instanceof Double d ? Double.toString(d) : fields[i].toString());
        }
        out.append('\n');
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    private static ValueRun run(java.sql.ResultSet rs, int n) throws SQLException {
        return new ValueRun(
                rs.getLong("id"),
                rs.getObject("as_of", LocalDate.class),
                rs.getString("status"),
                rs.getString("phase"),
                rs.getInt("progress"),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                rs.getString("started_by"),
                (Integer) rs.getObject("customers"),
                (Long) rs.getObject("orders"),
                (Integer) rs.getObject("warnings"),
                (Long) rs.getObject("duration_ms"),
                rs.getString("error"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
