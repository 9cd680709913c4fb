package dev.touchpoint.server.crosssell.mining;

import dev.touchpoint.analytics.crosssell.association.AssociationRule;
import dev.touchpoint.analytics.crosssell.sequence.SequentialRule;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Mining runs and what they found. */
@Repository
public class MiningRepository {

    private static final String RUN_COLUMNS =
            "id, as_of, status, phase, percent, engine, started_at, finished_at, started_by, "
                    + "orders, customers, itemsets, rules, sequences, duration_ms, evaluation::text, error";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final ObjectMapper json;

    MiningRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    long start(LocalDate asOf, String actor, String settingsJson) {
        return jdbc.sql(
                        "INSERT INTO crosssell_run (as_of, started_by, phase, settings) VALUES (:asOf, :actor, 'read', CAST(:settings AS jsonb)) RETURNING id")
                .param("asOf", asOf)
                .param("actor", actor)
                .param("settings", settingsJson)
                .query(Long.class)
                .single();
    }

    void progress(long id, String phase, int percent) {
        jdbc.sql("UPDATE crosssell_run SET phase = :phase, percent = :percent WHERE id = :id")
                .param("phase", phase)
                .param("percent", percent)
                .param("id", id)
                .update();
    }

    void finish(
            long id,
            int orders,
            int customers,
            int itemsets,
            int rules,
            int sequences,
            long ms,
            String evaluationJson) {
        jdbc.sql("""
                UPDATE crosssell_run SET status = 'DONE', phase = 'done', percent = 100, finished_at = now(), orders = :orders,
                       customers = :customers, itemsets = :itemsets, rules = :rules, sequences = :sequences, duration_ms = :ms,
                       evaluation = CAST(:evaluation AS jsonb)
                WHERE id = :id""")
                .param("orders", orders)
                .param("customers", customers)
                .param("itemsets", itemsets)
                .param("rules", rules)
                .param("sequences", sequences)
                .param("ms", ms)
                .param("evaluation", evaluationJson)
                .param("id", id)
                .update();
    }

    void fail(long id, String error) {
        jdbc.sql("UPDATE crosssell_run SET status = 'FAILED', finished_at = now(), error = :error WHERE id = :id")
                .param("error", error == null ? "failed" : error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("id", id)
                .update();
    }

    int failAbandoned() {
        return jdbc.sql(
                        "UPDATE crosssell_run SET status = 'FAILED', finished_at = now(), error = 'interrupted by a restart' "
                                + "WHERE status = 'RUNNING'")
                .update();
    }

    public Optional<MiningRun> find(long id) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM crosssell_run WHERE id = :id")
                .param("id", id)
                .query(this::run)
                .optional();
    }

    public List<MiningRun> list(int limit) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM crosssell_run ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query(this::run)
                .list();
    }

    public Optional<MiningRun> latestDone() {
        return jdbc.sql("SELECT " + RUN_COLUMNS
                        + " FROM crosssell_run WHERE status = 'DONE' ORDER BY as_of DESC, id DESC LIMIT 1")
                .query(this::run)
                .optional();
    }

    /** The done run before {@code id}, for comparison. */
    public Optional<MiningRun> previousDone(long id) {
        return jdbc.sql("SELECT " + RUN_COLUMNS
                        + " FROM crosssell_run WHERE status = 'DONE' AND id < :id ORDER BY id DESC LIMIT 1")
                .param("id", id)
                .query(this::run)
                .optional();
    }

    void insertRules(long runId, String level, List<AssociationRule> rules) {
        batch.batchUpdate(
                """
                INSERT INTO crosssell_rule (run_id, level, antecedent, consequent, count, antecedent_count, consequent_count,
                                            support, confidence, lift, leverage, conviction)
                VALUES (:run, :level, CAST(:antecedent AS text[]), CAST(:consequent AS text[]), :count, :antecedentCount,
                        :consequentCount, :support, :confidence, :lift, :leverage, :conviction)""",
                rules.stream()
                        .map(r -> new MapSqlParameterSource()
                                .addValue("run", runId)
                                .addValue("level", level)
                                .addValue("antecedent", arrayLiteral(r.antecedent()))
                                .addValue("consequent", arrayLiteral(r.consequent()))
                                .addValue("count", r.count())
                                .addValue("antecedentCount", r.antecedentCount())
                                .addValue("consequentCount", r.consequentCount())
                                .addValue("support", r.support())
                                .addValue("confidence", r.confidence())
                                .addValue("lift", r.lift())
                                .addValue("leverage", r.leverage())
                                .addValue("conviction", Double.isInfinite(r.conviction()) ? null : r.conviction()))
                        .toArray(MapSqlParameterSource[]::new));
    }

    void insertSequences(long runId, String level, List<SequentialRule> rules) {
        batch.batchUpdate(
                """
                INSERT INTO crosssell_sequence (run_id, level, prefix, next, count, prefix_count, support, confidence, lift,
                                                median_delay_days, max_gap_days)
                VALUES (:run, :level, CAST(:prefix AS jsonb), :next, :count, :prefixCount, :support, :confidence, :lift,
                        :delay, :gap)""",
                rules.stream()
                        .map(r -> new MapSqlParameterSource()
                                .addValue("run", runId)
                                .addValue("level", level)
                                .addValue("prefix", json.writeValueAsString(r.prefix()))
                                .addValue("next", r.next())
                                .addValue("count", r.count())
                                .addValue("prefixCount", r.prefixCount())
                                .addValue("support", r.support())
                                .addValue("confidence", r.confidence())
                                .addValue("lift", r.lift())
                                .addValue("delay", r.medianDelayDays())
                                .addValue(
                                        "gap",
                                        r.maxGapDays() == null
                                                ? null
                                                : r.maxGapDays().intValue()))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /**
     * Rules of a run and level, strongest lift first, optionally those mentioning an item and with a
     * minimum lift.
     */
    public List<RuleView> rules(long runId, String level, String item, double minLift, int limit) {
        return jdbc.sql("""
                SELECT level, antecedent, consequent, count, support, confidence, lift, leverage, conviction
                FROM crosssell_rule
                WHERE run_id = :run AND level = :level AND lift >= :minLift
                  AND (CAST(:item AS text) IS NULL OR :item = ANY (antecedent) OR :item = ANY (consequent))
                ORDER BY lift DESC, confidence DESC, count DESC LIMIT :limit""")
                .param("run", runId)
                .param("level", level)
                .param("minLift", minLift)
                .param("item", item)
                .param("limit", limit)
                .query((rs, n) -> new RuleView(
                        rs.getString(1),
                        strings(rs.getArray(2)),
                        strings(rs.getArray(3)),
                        rs.getInt(4),
                        rs.getDouble(5),
                        rs.getDouble(6),
                        rs.getDouble(7),
                        rs.getDouble(8),
                        (Double) rs.getObject(9)))
                .list();
    }

    /** Every product-level association rule of a run, for next best actions. */
    public List<AssociationRule> productRules(long runId) {
        return jdbc.sql("""
                SELECT antecedent, consequent, count, antecedent_count, consequent_count, support, confidence, lift, leverage,
                       coalesce(conviction, 'Infinity'::double precision)
                FROM crosssell_rule WHERE run_id = :run AND level = 'PRODUCT'""")
                .param("run", runId)
                .query((rs, n) -> new AssociationRule(
                        strings(rs.getArray(1)),
                        strings(rs.getArray(2)),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getDouble(6),
                        rs.getDouble(7),
                        rs.getDouble(8),
                        rs.getDouble(9),
                        rs.getDouble(10)))
                .list();
    }

    /** Sequential rules of a run and level, highest confidence first, optionally mentioning an item. */
    public List<SequenceView> sequences(long runId, String level, String item, int limit) {
        return jdbc.sql("""
                SELECT level, prefix::text, next, count, prefix_count, support, confidence, lift, median_delay_days, max_gap_days
                FROM crosssell_sequence
                WHERE run_id = :run AND level = :level
                  AND (CAST(:item AS text) IS NULL OR next = :item OR EXISTS (SELECT 1 FROM jsonb_array_elements(prefix) e WHERE jsonb_exists(e, :item)))
                ORDER BY confidence DESC, count DESC LIMIT :limit""")
                .param("run", runId)
                .param("level", level)
                .param("item", item)
                .param("limit", limit)
                .query((rs, n) -> new SequenceView(
                        rs.getString(1),
                        json.readValue(rs.getString(2), new TypeReference<List<List<String>>>() {}),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getDouble(6),
                        rs.getDouble(7),
                        rs.getDouble(8),
                        (Double) rs.getObject(9),
                        (Integer) rs.getObject(10)))
                .list();
    }

    /** Every product-level sequential rule of a run, for next best actions. */
    public List<SequentialRule> productSequences(long runId) {
        return sequences(runId, "PRODUCT", null, Integer.MAX_VALUE).stream()
                .map(s -> new SequentialRule(
                        s.prefix(),
                        s.next(),
                        s.count(),
                        s.prefixCount(),
                        s.support(),
                        s.confidence(),
                        s.lift(),
                        s.medianDelayDays(),
                        s.maxGapDays() == null ? null : s.maxGapDays().longValue()))
                .toList();
    }

    private MiningRun run(ResultSet rs, int n) throws SQLException {
        return new MiningRun(
                rs.getLong(1),
                rs.getObject(2, LocalDate.class),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getString(6),
                instant(rs.getTimestamp(7)),
                instant(rs.getTimestamp(8)),
                rs.getString(9),
                (Integer) rs.getObject(10),
                (Integer) rs.getObject(11),
                (Integer) rs.getObject(12),
                (Integer) rs.getObject(13),
                (Integer) rs.getObject(14),
                (Long) rs.getObject(15),
                rs.getString(16),
                rs.getString(17));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    /** A PostgreSQL text[] literal with every element quoted and escaped. */
    static String arrayLiteral(List<String> items) {
        var out = new StringBuilder("{");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"')
                    .append(items.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return out.append('}').toString();
    }
}
