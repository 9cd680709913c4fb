package dev.touchpoint.server.insight;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.NotFoundException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Stored results of runs, always within the caller's customer scope. */
@Service
public class ValueQueries {

    /** One customer's values in a run. */
    public record CustomerValueView(
            long runId,
            java.time.LocalDate asOf,
            long customerId,
            String tier,
            int recency,
            int frequency,
            double monetary,
            String rfmCode,
            String segment,
            double pAlive,
            double expectedPurchases,
            double clv,
            double grossProfit,
            String stage,
            String phase,
            Double loyalty,
            String loyaltyType,
            String tierPrompt,
            Double previousPAlive,
            String previousStage) {}

    private final JdbcClient jdbc;
    private final CustomerApi customers;
    private final ValueRunRepository runs;

    ValueQueries(JdbcClient jdbc, CustomerApi customers, ValueRunRepository runs) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.runs = runs;
    }

    /**
     * The RFM segment (e.g. {@code IMPORTANT_VALUE}) of each of {@code customerIds} in the latest finished run;
     * customers not scored in it (no purchases as of its date) are absent, as is everything without a run.
     */
    public Map<Long, String> segmentsOf(Collection<Long> customerIds) {
        var result = new HashMap<Long, String>();
        var latest = runs.latestDone();
        if (latest.isEmpty() || customerIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT customer_id, segment FROM value_customer WHERE run_id = :run AND customer_id = ANY(:ids)")
                .param("run", latest.get().id())
                .param("ids", customerIds.toArray(Long[]::new))
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getString(2));
                });
        return result;
    }

    public long runOrLatest(Long runId) {
        if (runId != null) {
            return runs.find(runId)
                    .filter(r -> "DONE".equals(r.status()))
                    .orElseThrow(() -> new NotFoundException("value_run", runId))
                    .id();
        }
        return runs.latestDone()
                .orElseThrow(() -> new NotFoundException("value_run", "latest"))
                .id();
    }

    /** Customers, total CLV and gross profit per RFM segment. */
    public List<Map<String, Object>> segments(long runId) {
        return jdbc.sql(
                        "SELECT v.segment, count(*) AS customers, sum(v.clv) AS clv, sum(v.gross_profit) AS gross_profit, "
                                + "avg(v.p_alive) AS p_alive FROM value_customer v WHERE v.run_id = :run AND " + scope()
                                + " GROUP BY v.segment ORDER BY v.segment")
                .params(params())
                .param("run", runId)
                .query()
                .listOfRows();
    }

    /** CLV histogram: 20 bins of equal width up to the 99th percentile, the rest in the last bin. */
    public List<Map<String, Object>> clvDistribution(long runId) {
        return jdbc.sql("""
                WITH v AS (SELECT greatest(v.clv, 0) AS clv FROM value_customer v WHERE v.run_id = :run AND %s),
                     b AS (SELECT greatest(percentile_cont(0.99) WITHIN GROUP (ORDER BY clv), 1) AS top FROM v)
                SELECT least(floor(v.clv / (b.top / 20)), 19)::int AS bin, (b.top / 20) AS width, count(*) AS customers
                FROM v, b GROUP BY 1, 2 ORDER BY 1""".formatted(scope()))
                .params(params())
                .param("run", runId)
                .query()
                .listOfRows();
    }

    /** Customers moving between lifecycle stages from the previous run to this one (Sankey links). */
    public List<Map<String, Object>> lifecycleFlow(long runId) {
        var previous = runs.previousDone(runId);
        if (previous.isEmpty()) {
            return jdbc.sql("SELECT 'NEW' AS source, v.stage AS target, count(*) AS customers FROM value_customer v "
                            + "WHERE v.run_id = :run AND " + scope() + " GROUP BY 2")
                    .params(params())
                    .param("run", runId)
                    .query()
                    .listOfRows();
        }
        return jdbc.sql("""
                SELECT coalesce(p.stage, 'NEW') AS source, v.stage AS target, count(*) AS customers
                FROM value_customer v LEFT JOIN value_customer p ON p.run_id = :prev AND p.customer_id = v.customer_id
                WHERE v.run_id = :run AND %s GROUP BY 1, 2 ORDER BY 3 DESC""".formatted(scope()))
                .params(params())
                .param("run", runId)
                .param("prev", previous.get().id())
                .query()
                .listOfRows();
    }

    /** Customers of a segment (or lifecycle stage), highest CLV first. */
    public List<Map<String, Object>> customers(long runId, String segment, String stage, int limit) {
        var where = new StringBuilder();
        if (segment != null) {
            where.append(" AND v.segment = :segment");
        }
        if (stage != null) {
            where.append(" AND v.stage = :stage");
        }
        var spec = jdbc.sql("SELECT v.customer_id, v.tier, v.segment, v.stage, v.p_alive, v.clv, v.gross_profit, "
                        + "v.recency, v.frequency FROM value_customer v WHERE v.run_id = :run AND " + scope() + where
                        + " ORDER BY v.clv DESC LIMIT :limit")
                .params(params())
                .param("run", runId)
                .param("limit", limit);
        if (segment != null) {
            spec = spec.param("segment", segment);
        }
        if (stage != null) {
            spec = spec.param("stage", stage);
        }
        var rows = spec.query().listOfRows();
        var names = customers.names(rows.stream()
                .map(r -> ((Number) r.get("customer_id")).longValue())
                .toList());
        rows.forEach(r -> r.put("name", names.get(((Number) r.get("customer_id")).longValue())));
        return rows;
    }

    /**
     * P(alive), CLV, tier prompt and open warnings of every customer scored by the latest finished run
     * (plus customers with open warnings). No access check: for analytics runs and for callers that
     * check the customer's visibility themselves.
     */
    public Map<Long, ValueSignals> signals() {
        return signals(null);
    }

    /** The signals of one customer (unknown when the value engine has not scored them). No access check. */
    public ValueSignals signalsOf(long customerId) {
        return signals(customerId).getOrDefault(customerId, ValueSignals.unknown(customerId));
    }

    private Map<Long, ValueSignals> signals(Long customerId) {
        var latest = runs.latestDone();
        var values = new HashMap<Long, double[]>();
        var prompts = new HashMap<Long, String>();
        String only = customerId == null ? "" : " AND customer_id = :customer";
        if (latest.isPresent()) {
            var statement = jdbc.sql(
                            "SELECT customer_id, p_alive, clv, tier_prompt FROM value_customer WHERE run_id = :run"
                                    + only)
                    .param("run", latest.get().id());
            if (customerId != null) {
                statement = statement.param("customer", customerId);
            }
            statement.query((java.sql.ResultSet rs) -> {
                long id = rs.getLong(1);
                values.put(id, new double[] {rs.getDouble(2), rs.getDouble(3)});
                if (rs.getString(4) != null) {
                    prompts.put(id, rs.getString(4));
                }
            });
        }
        var warnings = new HashMap<Long, java.util.List<String>>();
        var statement = jdbc.sql("SELECT customer_id, rule FROM value_warning WHERE status <> 'CLOSED'" + only
                + " ORDER BY customer_id, rule");
        if (customerId != null) {
            statement = statement.param("customer", customerId);
        }
        statement.query((java.sql.ResultSet rs) -> {
            warnings.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                    .add(rs.getString(2));
        });
        var result = new HashMap<Long, ValueSignals>();
        values.forEach((id, v) -> result.put(
                id, new ValueSignals(id, v[0], v[1], prompts.get(id), warnings.getOrDefault(id, List.of()))));
        warnings.forEach((id, w) -> result.putIfAbsent(id, new ValueSignals(id, 1, 0, null, w)));
        return result;
    }

    /** The customer's values in the latest run, with the previous run's P(alive) and stage. */
    public Optional<CustomerValueView> customer(long customerId) {
        customers.requireVisible(customerId);
        return jdbc.sql("""
                SELECT v.run_id, r.as_of, v.customer_id, v.tier, v.recency, v.frequency, v.monetary,
                       v.r_score, v.f_score, v.m_score, v.segment, v.p_alive, v.expected_purchases, v.clv, v.gross_profit,
                       v.stage, v.phase, v.loyalty, v.loyalty_type, v.tier_prompt,
                       (SELECT p.p_alive FROM value_customer p WHERE p.customer_id = v.customer_id AND p.run_id < v.run_id
                        ORDER BY p.run_id DESC LIMIT 1) AS prev_p_alive,
                       (SELECT p.stage FROM value_customer p WHERE p.customer_id = v.customer_id AND p.run_id < v.run_id
                        ORDER BY p.run_id DESC LIMIT 1) AS prev_stage
                FROM value_customer v JOIN value_run r ON r.id = v.run_id
                WHERE v.customer_id = :customer AND r.status = 'DONE'
                ORDER BY r.as_of DESC, r.id DESC LIMIT 1""")
                .param("customer", customerId)
                .query((rs, n) -> new CustomerValueView(
                        rs.getLong("run_id"),
                        rs.getObject("as_of", java.time.LocalDate.class),
                        rs.getLong("customer_id"),
                        rs.getString("tier"),
                        rs.getInt("recency"),
                        rs.getInt("frequency"),
                        rs.getDouble("monetary"),
                        "" + rs.getInt("r_score") + rs.getInt("f_score") + rs.getInt("m_score"),
                        rs.getString("segment"),
                        rs.getDouble("p_alive"),
                        rs.getDouble("expected_purchases"),
                        rs.getDouble("clv"),
                        rs.getDouble("gross_profit"),
                        rs.getString("stage"),
                        rs.getString("phase"),
                        (Double) rs.getObject("loyalty"),
                        rs.getString("loyalty_type"),
                        rs.getString("tier_prompt"),
                        (Double) rs.getObject("prev_p_alive"),
                        rs.getString("prev_stage")))
                .optional();
    }

    /** Threshold and qualified customers (upgrade prompts), highest 12-month revenue first. */
    public List<Map<String, Object>> tierPrompts(long runId, int limit) {
        var rows = jdbc.sql("SELECT v.customer_id, v.tier, v.tier_prompt, v.revenue_12m FROM value_customer v "
                        + "WHERE v.run_id = :run AND v.tier_prompt IS NOT NULL AND " + scope()
                        + " ORDER BY v.revenue_12m DESC LIMIT :limit")
                .params(params())
                .param("run", runId)
                .param("limit", limit)
                .query()
                .listOfRows();
        var names = customers.names(rows.stream()
                .map(r -> ((Number) r.get("customer_id")).longValue())
                .toList());
        rows.forEach(r -> r.put("name", names.get(((Number) r.get("customer_id")).longValue())));
        return rows;
    }

    /** The run's model figures (BG/NBD and Gamma-Gamma parameters, holdout validation, Pareto curve). */
    public Map<String, Object> model(long runId) {
        return runs.model(runId).orElse(Map.of());
    }

    private String scope() {
        return customers.scopePredicate("v.customer_id");
    }

    private Map<String, Object> params() {
        return customers.scopeParams(CurrentUsers.require());
    }
}
