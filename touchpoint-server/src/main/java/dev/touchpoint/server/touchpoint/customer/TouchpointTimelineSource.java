package dev.touchpoint.server.touchpoint.customer;

import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.customer.TimelineEntry;
import dev.touchpoint.server.customer.TimelineSource;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.shared.Labels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every touchpoint event of a customer on the 360 timeline. The entry kind is {@code TOUCHPOINT_<KIND>}
 * (e.g. {@code TOUCHPOINT_EXPERIENCE}) for filtering; the icon is the kind's icon followed by the
 * emotion's colour class (e.g. {@code stars text-success}); the detail names stage, channel, zone,
 * emotion and the note.
 */
@Component
class TouchpointTimelineSource implements TimelineSource {

    static final String SOURCE = "touchpoint";

    private final JdbcClient jdbc;
    private final Labels labels;
    private final org.springframework.context.MessageSource messages;

    TouchpointTimelineSource(JdbcClient jdbc, Labels labels, org.springframework.context.MessageSource messages) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> entries(long customerId, Instant before, int limit, Locale locale) {
        var sql = """
                SELECT e.occurred_at, e.kind, e.channel, e.zone, e.emotion, e.duration_seconds,
                       e.attributes ->> 'note' AS note, e.recorded_by, t.code, t.name_zh, t.name_en, t.stage
                FROM touchpoint_event e JOIN touchpoint t ON t.id = e.touchpoint_id
                WHERE e.customer_id = :customer""" + (before == null ? "" : " AND e.occurred_at < :before")
                + " ORDER BY e.occurred_at DESC LIMIT :limit";
        var query = jdbc.sql(sql).param("customer", customerId).param("limit", limit);
        if (before != null) {
            query = query.param("before", java.sql.Timestamp.from(before));
        }
        return query.query((rs, n) -> {
                    var kind = TouchpointKind.valueOf(rs.getString("kind"));
                    int emotion = rs.getInt("emotion");
                    Integer score = rs.wasNull() ? null : emotion;
                    var name = Labels.zh(locale) ? rs.getString("name_zh") : rs.getString("name_en");
                    var detail = new ArrayList<String>();
                    detail.add(labels.stage(JourneyStage.valueOf(rs.getString("stage")), locale));
                    var channel = rs.getString("channel");
                    if (channel != null) {
                        detail.add(labels.channel(TouchpointChannel.valueOf(channel), locale));
                    }
                    if (rs.getString("zone") != null) {
                        detail.add(messages.getMessage(
                                "touchpoint.zone." + rs.getString("zone"), null, rs.getString("zone"), locale));
                    }
                    if (score != null) {
                        detail.add(labels.emotion(score, locale) + " " + score + "/6");
                    }
                    if (rs.getString("note") != null) {
                        detail.add(rs.getString("note"));
                    }
                    return new TimelineEntry(
                            rs.getTimestamp("occurred_at").toInstant(),
                            SOURCE,
                            "TOUCHPOINT_" + kind.name(),
                            Labels.kindIcon(kind) + " " + Labels.emotionColour(score),
                            name,
                            String.join(" · ", detail),
                            rs.getString("recorded_by"),
                            null);
                })
                .list();
    }
}
