package dev.touchpoint.server.integration.webhook;

import dev.touchpoint.server.platform.OutboundEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code integration_subscription} table. */
@Repository
class SubscriptionRepository {

    private static final String COLUMNS = "id, name, kind, url_sealed, url_display, secret_sealed, event_types, tiers, "
            + "locale, team_id, quiet_from, quiet_until, owner_id, status, created_at, created_by, updated_at, version";

    /** What a create or an update stores. */
    record Values(
            String name,
            Kind kind,
            String urlSealed,
            String urlDisplay,
            List<OutboundEventType> eventTypes,
            List<String> tiers,
            String locale,
            Long teamId,
            LocalTime quietFrom,
            LocalTime quietUntil,
            long ownerId,
            boolean active) {}

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Values v, String secretSealed, String actor) {
        return jdbc.sql("""
                INSERT INTO integration_subscription (name, kind, url_sealed, url_display, secret_sealed, event_types,
                    tiers, locale, team_id, quiet_from, quiet_until, owner_id, status, created_by)
                VALUES (:name, :kind, :url, :display, :secret, :types, :tiers, :locale, :team, :from, :until, :owner,
                    :status, :actor)
                RETURNING id""")
                .params(params(v))
                .param("secret", secretSealed)
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    int update(long id, int version, Values v) {
        return jdbc.sql("""
                UPDATE integration_subscription SET name = :name, kind = :kind, url_sealed = :url, url_display = :display,
                    event_types = :types, tiers = :tiers, locale = :locale, team_id = :team, quiet_from = :from,
                    quiet_until = :until, owner_id = :owner, status = :status, updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version""")
                .params(params(v))
                .param("id", id)
                .param("version", version)
                .update();
    }

    void setSecret(long id, String secretSealed) {
        jdbc.sql("UPDATE integration_subscription SET secret_sealed = :secret, updated_at = now(), "
                        + "version = version + 1 WHERE id = :id")
                .param("secret", secretSealed)
                .param("id", id)
                .update();
    }

    int delete(long id) {
        return jdbc.sql("DELETE FROM integration_subscription WHERE id = :id")
                .param("id", id)
                .update();
    }

    Optional<Subscription> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration_subscription WHERE id = :id")
                .param("id", id)
                .query(SubscriptionRepository::row)
                .optional();
    }

    List<Subscription> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration_subscription ORDER BY id")
                .query(SubscriptionRepository::row)
                .list();
    }

    private static java.util.Map<String, Object> params(Values v) {
        var m = new java.util.HashMap<String, Object>();
        m.put("name", v.name());
        m.put("kind", v.kind().name());
        m.put("url", v.urlSealed());
        m.put("display", v.urlDisplay());
        m.put("types", v.eventTypes().stream().map(OutboundEventType::code).toArray(String[]::new));
        m.put("tiers", v.tiers().toArray(String[]::new));
        m.put("locale", v.locale());
        m.put("team", v.teamId());
        m.put("from", v.quietFrom());
        m.put("until", v.quietUntil());
        m.put("owner", v.ownerId());
        m.put("status", v.active() ? "ACTIVE" : "PAUSED");
        return m;
    }

    private static Subscription row(ResultSet rs, int n) throws SQLException {
        var types = EnumSet.noneOf(OutboundEventType.class);
        for (var code : (String[]) rs.getArray("event_types").getArray()) {
            OutboundEventType.parse(code).ifPresent(types::add);
        }
        var from = rs.getObject("quiet_from", LocalTime.class);
        var until = rs.getObject("quiet_until", LocalTime.class);
        long team = rs.getLong("team_id");
        Long teamId = rs.wasNull() ? null : team;
        return new Subscription(
                rs.getLong("id"),
                rs.getString("name"),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("url_sealed"),
                rs.getString("url_display"),
                rs.getString("secret_sealed"),
                types,
                Arrays.asList((String[]) rs.getArray("tiers").getArray()),
                rs.getString("locale"),
                teamId,
                from,
                until,
                rs.getLong("owner_id"),
                rs.getString("status").equals("ACTIVE"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
