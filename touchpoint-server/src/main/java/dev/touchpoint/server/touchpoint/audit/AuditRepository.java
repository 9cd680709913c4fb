package dev.touchpoint.server.touchpoint.audit;

import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.touchpoint.NewAudit;
import dev.touchpoint.server.touchpoint.Touchpoint;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** SQL of audits, their item results and corrective tasks. */
@Repository
class AuditRepository {

    private static final TypeReference<Map<String, BigDecimal>> SCORES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(long templateId, NewAudit request, AuditScoring.Result result, Map<String, Touchpoint> touchpoints) {
        long id = jdbc.sql("""
                INSERT INTO touchpoint_audit (template_id, site_team_id, audit_date, auditor, score, section_scores,
                    notes, created_by)
                VALUES (:template, :site, :date, :auditor, :score, CAST(:sections AS jsonb), :notes, :by)
                RETURNING id""")
                .param("template", templateId)
                .param("site", request.siteTeamId())
                .param("date", request.date())
                .param("auditor", request.auditor())
                .param("score", result.overall())
                .param("sections", json.writeValueAsString(result.sections()))
                .param("notes", request.notes())
                .param("by", dev.touchpoint.server.identity.CurrentUsers.actorName())
                .query(Long.class)
                .single();
        for (var item : result.items()) {
            var tp = item.item().touchpoint() == null
                    ? null
                    : touchpoints.get(item.item().touchpoint());
            jdbc.sql("""
                    INSERT INTO touchpoint_audit_result (audit_id, section_code, item_code, touchpoint_id, answer,
                        passed, points, max_points, note)
                    VALUES (:audit, :section, :item, :tp, :answer, :passed, :points, :max, :note)""")
                    .param("audit", id)
                    .param("section", item.sectionCode())
                    .param("item", item.item().code())
                    .param("tp", tp == null ? null : tp.id())
                    .param("answer", item.answer())
                    .param("passed", item.passed())
                    .param("points", item.points())
                    .param("max", item.maxPoints())
                    .param("note", item.note())
                    .update();
        }
        return id;
    }

    void insertTask(long auditId, AuditItem item, Long touchpointId, long site, Role owner, LocalDate due) {
        jdbc.sql("""
                INSERT INTO corrective_task (audit_id, item_code, touchpoint_id, site_team_id, owner_role, title_zh,
                    title_en, due_date)
                VALUES (:audit, :item, :tp, :site, :owner, :zh, :en, :due)""")
                .param("audit", auditId)
                .param("item", item.code())
                .param("tp", touchpointId)
                .param("site", site)
                .param("owner", owner.name())
                .param("zh", item.textZh())
                .param("en", item.textEn())
                .param("due", due)
                .update();
    }

    Optional<AuditReport> find(long id) {
        return jdbc.sql("""
                SELECT a.*, t.code, t.version AS template_version, t.name_zh, t.name_en, t.sections
                FROM touchpoint_audit a JOIN audit_template t ON t.id = a.template_id WHERE a.id = :id""").param("id", id).query((rs, n) -> report(rs)).optional();
    }

    private AuditReport report(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<AuditSection> sections =
                json.readValue(rs.getString("sections"), new TypeReference<List<AuditSection>>() {});
        Map<String, BigDecimal> scores = json.readValue(rs.getString("section_scores"), SCORES);
        var sectionScores = sections.stream()
                .map(s -> new AuditReport.SectionScore(s.code(), s.nameZh(), s.nameEn(), scores.get(s.code())))
                .toList();
        var itemsByCode = new HashMap<String, AuditItem>();
        sections.forEach(s -> s.items().forEach(i -> itemsByCode.put(i.code(), i)));
        var results = jdbc.sql("""
                SELECT r.*, t.code AS tp_code FROM touchpoint_audit_result r LEFT JOIN touchpoint t ON t.id = r.touchpoint_id
                WHERE r.audit_id = :id""")
                .param("id", id)
                .query((r, n) -> {
                    var item = itemsByCode.get(r.getString("item_code"));
                    boolean na = r.getBigDecimal("answer") == null;
                    return new AuditReport.ItemResult(
                            r.getString("section_code"),
                            item.code(),
                            item.textZh(),
                            item.textEn(),
                            item.type(),
                            r.getBigDecimal("answer"),
                            na,
                            r.getBoolean("passed"),
                            r.getBigDecimal("points"),
                            r.getBigDecimal("max_points"),
                            r.getString("tp_code"),
                            r.getString("note"));
                })
                .list();
        var order = new HashMap<String, Integer>();
        sections.forEach(s -> s.items().forEach(i -> order.put(i.code(), order.size())));
        results = results.stream()
                .sorted(java.util.Comparator.comparing(r -> order.get(r.item())))
                .toList();
        return new AuditReport(
                id,
                rs.getString("code"),
                rs.getInt("template_version"),
                rs.getString("name_zh") + " / " + rs.getString("name_en"),
                rs.getLong("site_team_id"),
                rs.getObject("audit_date", LocalDate.class),
                rs.getString("auditor"),
                rs.getBigDecimal("score"),
                sectionScores,
                results,
                tasksOf(id),
                rs.getString("notes"),
                rs.getTimestamp("created_at").toInstant());
    }

    /**
     * Audits, newest first, optionally of one site, one month ({@code from} inclusive, {@code to}
     * exclusive), scoring one section or one touchpoint (an answered item checking it).
     */
    List<AuditSummary> list(AuditQuery q, int limit) {
        return jdbc.sql("""
                SELECT a.id, t.code, t.version, a.site_team_id, a.audit_date, a.auditor, a.score,
                       (SELECT count(*) FROM corrective_task c WHERE c.audit_id = a.id AND c.status = 'OPEN') AS open_tasks
                FROM touchpoint_audit a JOIN audit_template t ON t.id = a.template_id
                WHERE (CAST(:site AS bigint) IS NULL OR a.site_team_id = :site)
                  AND (CAST(:from AS date) IS NULL OR a.audit_date >= :from)
                  AND (CAST(:to AS date) IS NULL OR a.audit_date < :to)
                  AND (CAST(:section AS text) IS NULL OR jsonb_exists(a.section_scores, :section))
                  AND (CAST(:tp AS text) IS NULL OR EXISTS (
                        SELECT 1 FROM touchpoint_audit_result r JOIN touchpoint tp ON tp.id = r.touchpoint_id
                        WHERE r.audit_id = a.id AND r.answer IS NOT NULL AND tp.code = :tp))
                ORDER BY a.audit_date DESC, a.id DESC LIMIT :limit""")
                .param("site", q.site())
                .param("from", q.from())
                .param("to", q.to())
                .param("section", q.section())
                .param("tp", q.touchpoint())
                .param("limit", limit)
                .query((rs, n) -> new AuditSummary(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getInt("version"),
                        rs.getLong("site_team_id"),
                        rs.getObject("audit_date", LocalDate.class),
                        rs.getString("auditor"),
                        rs.getBigDecimal("score"),
                        rs.getInt("open_tasks")))
                .list();
    }

    /** Filters of the audit list; nulls mean any. */
    record AuditQuery(Long site, LocalDate from, LocalDate to, String section, String touchpoint) {

        static AuditQuery of(Long site, java.time.YearMonth month, String section, String touchpoint) {
            return new AuditQuery(
                    site,
                    month == null ? null : month.atDay(1),
                    month == null ? null : month.plusMonths(1).atDay(1),
                    blankToNull(section),
                    blankToNull(touchpoint));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    List<AuditTrendPoint> trendBySite(LocalDate from) {
        return trend("""
                SELECT CAST(site_team_id AS text) AS key, CAST(date_trunc('month', audit_date) AS date) AS month,
                       round(avg(score), 2) AS score, count(*) AS audits
                FROM touchpoint_audit WHERE audit_date >= :from GROUP BY 1, 2 ORDER BY 1, 2""", from);
    }

    List<AuditTrendPoint> trendBySection(LocalDate from) {
        return trend("""
                SELECT s.key, CAST(date_trunc('month', a.audit_date) AS date) AS month,
                       round(avg(CAST(s.value AS numeric)), 2) AS score, count(*) AS audits
                FROM touchpoint_audit a, jsonb_each_text(a.section_scores) s
                WHERE a.audit_date >= :from AND s.value IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2""", from);
    }

    List<AuditTrendPoint> trendByTouchpoint(LocalDate from) {
        return trend("""
                SELECT t.code AS key, CAST(date_trunc('month', a.audit_date) AS date) AS month,
                       round(100 * sum(r.points) / nullif(sum(r.max_points), 0), 2) AS score,
                       count(DISTINCT a.id) AS audits
                FROM touchpoint_audit a JOIN touchpoint_audit_result r ON r.audit_id = a.id
                JOIN touchpoint t ON t.id = r.touchpoint_id
                WHERE a.audit_date >= :from AND r.answer IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2""", from);
    }

    private List<AuditTrendPoint> trend(String sql, LocalDate from) {
        return jdbc.sql(sql)
                .param("from", from)
                .query((rs, n) -> new AuditTrendPoint(
                        rs.getString("key"),
                        rs.getObject("month", LocalDate.class),
                        rs.getBigDecimal("score"),
                        rs.getInt("audits")))
                .list();
    }

    /** Per touchpoint, each site's latest audit on or after {@code from} (any when null), of one site or all. */
    Map<Long, BigDecimal> latestScoreByTouchpoint(Long site, LocalDate from) {
        return latestScoreByTouchpoint(site, from, null);
    }

    /** As {@link #latestScoreByTouchpoint(Long, LocalDate)}, leaving out audits after {@code to} (none when null). */
    Map<Long, BigDecimal> latestScoreByTouchpoint(Long site, LocalDate from, LocalDate to) {
        var result = new HashMap<Long, BigDecimal>();
        jdbc.sql("""
                WITH latest AS (
                    SELECT DISTINCT ON (r.touchpoint_id, a.site_team_id) r.touchpoint_id, a.id AS audit_id
                    FROM touchpoint_audit_result r JOIN touchpoint_audit a ON a.id = r.audit_id
                    WHERE r.touchpoint_id IS NOT NULL AND r.answer IS NOT NULL
                      AND (CAST(:site AS bigint) IS NULL OR a.site_team_id = :site)
                      AND (CAST(:from AS date) IS NULL OR a.audit_date >= :from)
                      AND (CAST(:to AS date) IS NULL OR a.audit_date <= :to)
                    ORDER BY r.touchpoint_id, a.site_team_id, a.audit_date DESC, a.id DESC)
                SELECT l.touchpoint_id, round(100 * sum(r.points) / nullif(sum(r.max_points), 0), 1) AS score
                FROM latest l JOIN touchpoint_audit_result r ON r.audit_id = l.audit_id AND r.touchpoint_id = l.touchpoint_id
                WHERE r.answer IS NOT NULL GROUP BY l.touchpoint_id""")
                .param("site", site)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> result.put(rs.getLong("touchpoint_id"), rs.getBigDecimal("score")))
                .list();
        return result;
    }

    private static final String TASK_SELECT = """
            SELECT c.*, t.code AS tp_code FROM corrective_task c LEFT JOIN touchpoint t ON t.id = c.touchpoint_id""";

    List<CorrectiveTask> tasksOf(long auditId) {
        return jdbc.sql(TASK_SELECT + " WHERE c.audit_id = :id ORDER BY c.id")
                .param("id", auditId)
                .query(AuditRepository::task)
                .list();
    }

    List<CorrectiveTask> tasks(String status, Long site) {
        return jdbc.sql(TASK_SELECT + """
                 WHERE (CAST(:status AS text) IS NULL OR c.status = :status)
                   AND (CAST(:site AS bigint) IS NULL OR c.site_team_id = :site)
                ORDER BY c.status DESC, c.due_date, c.id LIMIT 500""")
                .param("status", status)
                .param("site", site)
                .query(AuditRepository::task)
                .list();
    }

    Optional<CorrectiveTask> task(long id) {
        return jdbc.sql(TASK_SELECT + " WHERE c.id = :id")
                .param("id", id)
                .query(AuditRepository::task)
                .optional();
    }

    int completeTask(long id, int version, String by, String resolution, Instant at) {
        return jdbc.sql("""
                UPDATE corrective_task SET status = 'DONE', done_at = :at, done_by = :by, resolution = :resolution,
                    version = version + 1
                WHERE id = :id AND version = :version AND status = 'OPEN'""")
                .param("id", id)
                .param("version", version)
                .param("by", by)
                .param("resolution", resolution)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    int closeTasksBefore(Instant before, String by) {
        return jdbc.sql("""
                UPDATE corrective_task c SET status = 'DONE', done_at = a.audit_date + 10, done_by = :by,
                    resolution = 'fixed', version = c.version + 1
                FROM touchpoint_audit a
                WHERE a.id = c.audit_id AND c.status = 'OPEN' AND a.audit_date < CAST(:before AS date)""")
                .param("by", by)
                .param("before", java.sql.Timestamp.from(before))
                .update();
    }

    private static CorrectiveTask task(ResultSet rs, int n) throws SQLException {
        var doneAt = rs.getTimestamp("done_at");
        return new CorrectiveTask(
                rs.getLong("id"),
                rs.getLong("audit_id"),
                rs.getString("item_code"),
                rs.getString("tp_code"),
                rs.getLong("site_team_id"),
                Role.valueOf(rs.getString("owner_role")),
                rs.getString("title_zh"),
                rs.getString("title_en"),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("status"),
                doneAt == null ? null : doneAt.toInstant(),
                rs.getString("done_by"),
                rs.getString("resolution"),
                rs.getInt("version"));
    }
}
