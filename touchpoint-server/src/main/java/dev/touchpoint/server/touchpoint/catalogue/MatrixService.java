package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.touchpoint.TouchpointLine;
import dev.touchpoint.server.touchpoint.audit.AuditService;
import dev.touchpoint.server.touchpoint.survey.SurveyRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The touchpoint matrix: lines × stages, each cell with its touchpoints and their numbers over the
 * last twelve (or three) months — event volume, mean emotion, latest audit score in the period — for
 * every site or for one. A touchpoint nothing measures (no event and no audit in the period, no survey
 * question) is flagged, and so is its cell.
 */
@Service
class MatrixService {

    private final CatalogueRepository catalogue;
    private final AuditService audits;
    private final SurveyRepository surveys;
    private final JdbcClient jdbc;
    private final Clock clock;

    MatrixService(
            CatalogueRepository catalogue,
            AuditService audits,
            SurveyRepository surveys,
            JdbcClient jdbc,
            Clock clock) {
        this.catalogue = catalogue;
        this.audits = audits;
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Periods the matrix offers, in months. */
    static final List<Integer> PERIODS = List.of(3, 12);

    List<MatrixRow> matrix() {
        return matrix(null, 12);
    }

    /**
     * The matrix over the last {@code months} months; with a {@code site}, only that site's events
     * (their {@code site} is the team's id or name) and audits, and the touchpoints of every site or of
     * that one.
     */
    List<MatrixRow> matrix(Team site, int months) {
        record Stats(long events, BigDecimal emotion) {}
        var today = LocalDate.now(clock);
        var fromDate = today.minusMonths(months);
        var stats = new HashMap<Long, Stats>();
        jdbc.sql("""
                SELECT touchpoint_id, count(*) AS events, round(avg(emotion), 2) AS emotion
                FROM touchpoint_event WHERE occurred_at >= :from
                  AND (CAST(:siteId AS text) IS NULL OR site = :siteId OR lower(site) = lower(:siteName))
                GROUP BY touchpoint_id""")
                .param(
                        "from",
                        java.sql.Timestamp.from(
                                fromDate.atStartOfDay(clock.getZone()).toInstant()))
                .param("siteId", site == null ? null : Long.toString(site.id()))
                .param("siteName", site == null ? null : site.name())
                .query((rs, n) -> stats.put(
                        rs.getLong("touchpoint_id"), new Stats(rs.getLong("events"), rs.getBigDecimal("emotion"))))
                .list();
        var scores = audits.latestScoreByTouchpoint(site == null ? null : site.id(), fromDate);
        var surveyed = surveyedCodes();
        var rows = new ArrayList<MatrixRow>();
        for (var line : TouchpointLine.values()) {
            var cells = new EnumMap<JourneyStage, List<MatrixCell>>(JourneyStage.class);
            for (var stage : JourneyStage.values()) {
                cells.put(stage, new ArrayList<>());
            }
            rows.add(new MatrixRow(line, cells));
        }
        for (var t : catalogue.findAll()) {
            if (site != null && t.siteTeamId() != null && t.siteTeamId() != site.id()) {
                continue;
            }
            var s = stats.getOrDefault(t.id(), new Stats(0, null));
            var score = scores.get(t.id());
            rows.get(t.line().ordinal())
                    .cells()
                    .get(t.stage())
                    .add(new MatrixCell(
                            t,
                            s.events(),
                            s.emotion() == null ? null : s.emotion().setScale(1, RoundingMode.HALF_UP),
                            score,
                            surveyed.contains(t.code())));
        }
        return rows;
    }

    private Set<String> surveyedCodes() {
        var codes = new HashSet<String>();
        for (var survey : surveys.findAll()) {
            if (survey.touchpoint() != null) {
                codes.add(survey.touchpoint());
            }
            survey.questions().stream().filter(q -> q.touchpoint() != null).forEach(q -> codes.add(q.touchpoint()));
        }
        return codes;
    }
}
