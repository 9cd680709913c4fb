package dev.touchpoint.server.sales.followup;

import dev.touchpoint.server.sales.FollowUpChannel;
import dev.touchpoint.server.sales.FollowUpTopic;
import dev.touchpoint.server.sales.IntentClass;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follow-up cadences per intent class; team 0 holds the defaults a team's own rows override. */
@Repository
public class CadenceRepository {

    static final long DEFAULTS = 0L;

    private final JdbcClient jdbc;

    CadenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cadence in force for a team: its own row, else the default. */
    Cadence effective(Long teamId, IntentClass intent) {
        return jdbc.sql("""
                SELECT * FROM sales_cadence WHERE intent_class = :intent AND team_id IN (0, :team)
                ORDER BY team_id DESC LIMIT 1""")
                .param("intent", intent.name())
                .param("team", teamId == null ? DEFAULTS : teamId)
                .query(CadenceRepository::map)
                .single();
    }

    /** The four cadences in force for a team. */
    List<Cadence> effectiveAll(long teamId) {
        return Arrays.stream(IntentClass.values())
                .map(c -> effective(teamId, c))
                .toList();
    }

    void save(long teamId, Cadence c) {
        jdbc.sql("""
                INSERT INTO sales_cadence (team_id, intent_class, interval_days, channels, topics)
                VALUES (:team, :intent, :interval, :channels, :topics)
                ON CONFLICT (team_id, intent_class) DO UPDATE SET interval_days = EXCLUDED.interval_days,
                    channels = EXCLUDED.channels, topics = EXCLUDED.topics, version = sales_cadence.version + 1""")
                .param("team", teamId)
                .param("intent", c.intentClass().name())
                .param("interval", c.intervalDays())
                .param("channels", c.channels().stream().map(Enum::name).toArray(String[]::new))
                .param("topics", c.topics().stream().map(Enum::name).toArray(String[]::new))
                .update();
    }

    private static Cadence map(ResultSet rs, int row) throws SQLException {
        return new Cadence(
                IntentClass.valueOf(rs.getString("intent_class")),
                (Integer) rs.getObject("interval_days"),
                names(rs.getArray("channels")).stream()
                        .map(FollowUpChannel::valueOf)
                        .toList(),
                names(rs.getArray("topics")).stream()
                        .map(FollowUpTopic::valueOf)
                        .toList());
    }

    public static List<String> names(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
