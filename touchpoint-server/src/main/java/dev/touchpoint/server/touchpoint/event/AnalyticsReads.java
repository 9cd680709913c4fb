package dev.touchpoint.server.touchpoint.event;

import dev.touchpoint.server.touchpoint.EntryVisit;
import dev.touchpoint.server.touchpoint.SurveyScore;
import dev.touchpoint.server.touchpoint.ValleyEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only aggregates of events for analytics runs in other modules. */
@Repository
public class AnalyticsReads {

    private final JdbcClient jdbc;

    AnalyticsReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void forEachEntryVisit(Instant from, Instant to, ZoneId zone, Consumer<EntryVisit> consumer) {
        jdbc.sql("""
                SELECT DISTINCT e.site, e.customer_id, CASE WHEN e.customer_id IS NULL THEN e.visitor_id END AS visitor,
                       (e.occurred_at AT TIME ZONE :zone)::date AS day
                FROM touchpoint_event e
                WHERE e.kind = 'ENTRY' AND e.occurred_at >= :from AND e.occurred_at < :to
                """)
                .param("zone", zone.getId())
                .param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to))
                .query(rs -> {
                    consumer.accept(new EntryVisit(
                            rs.getString(1),
                            (Long) rs.getObject(2),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class)));
                });
    }

    public List<ValleyEvent> valleys(Instant since, int maxEmotion) {
        var rows = new ArrayList<ValleyEvent>();
        jdbc.sql("""
                SELECT DISTINCT ON (e.customer_id) e.customer_id, t.code, e.emotion, e.occurred_at
                FROM touchpoint_event e JOIN touchpoint t ON t.id = e.touchpoint_id
                WHERE e.customer_id IS NOT NULL AND e.emotion <= :max AND e.occurred_at >= :since
                ORDER BY e.customer_id, e.emotion, e.occurred_at DESC
                """)
                .param("max", maxEmotion)
                .param("since", java.sql.Timestamp.from(since))
                .query(rs -> {
                    rows.add(new ValleyEvent(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getTimestamp(4).toInstant()));
                });
        return rows;
    }

    public void forEachLatestSurveyScore(Instant before, Consumer<SurveyScore> consumer) {
        jdbc.sql("""
                SELECT DISTINCT ON (e.customer_id, k.key) e.customer_id, k.key, e.attributes->>'type' AS type,
                       e.value, e.occurred_at
                FROM touchpoint_event e
                CROSS JOIN LATERAL (SELECT CASE
                        WHEN e.attributes->>'question' IN (:competitor, :wallet) THEN e.attributes->>'question'
                        WHEN e.attributes->>'type' = 'NPS' THEN 'NPS' END AS key) k
                WHERE e.channel = 'SURVEY' AND e.customer_id IS NOT NULL AND e.value IS NOT NULL
                  AND e.occurred_at < :before AND k.key IS NOT NULL
                ORDER BY e.customer_id, k.key, e.occurred_at DESC, e.event_id DESC
                """)
                .param("competitor", SurveyScore.COMPETITOR_ATTITUDE)
                .param("wallet", SurveyScore.SHARE_OF_WALLET)
                .param("before", java.sql.Timestamp.from(before))
                .query(rs -> {
                    consumer.accept(new SurveyScore(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getDouble(4),
                            rs.getTimestamp(5).toInstant()));
                });
    }
}
