package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.touchpoint.ControlMetric;
import dev.touchpoint.server.touchpoint.Touchpoint;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.TouchpointLine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** SQL of the touchpoint catalogue. */
@Repository
public class CatalogueRepository {

    private static final TypeReference<List<ControlMetric>> METRICS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CatalogueRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Touchpoint> findAll() {
        return jdbc.sql("SELECT * FROM touchpoint ORDER BY " + STAGE_ORDER + ", line, position, code")
                .query(this::map)
                .list();
    }

    Optional<Touchpoint> findByCode(String code) {
        return jdbc.sql("SELECT * FROM touchpoint WHERE code = :code")
                .param("code", code)
                .query(this::map)
                .optional();
    }

    Optional<Touchpoint> findById(long id) {
        return jdbc.sql("SELECT * FROM touchpoint WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Code → id of every catalogue entry, with its default kind. */
    public Map<String, CodeInfo> codes() {
        var result = new HashMap<String, CodeInfo>();
        jdbc.sql("SELECT id, code, kind FROM touchpoint")
                .query((rs, n) -> result.put(
                        rs.getString("code"),
                        new CodeInfo(rs.getLong("id"), TouchpointKind.valueOf(rs.getString("kind")))))
                .list();
        return result;
    }

    public record CodeInfo(long id, TouchpointKind kind) {}

    long insert(TouchpointRequest r, String template) {
        return jdbc.sql("""
                INSERT INTO touchpoint (code, name_zh, name_en, line, stage, kind, channel, owner_role, information,
                    conveyed_how, key_touchpoint, control_metrics, site_team_id, zone, position, template)
                VALUES (:code, :nameZh, :nameEn, :line, :stage, :kind, :channel, :ownerRole, :information,
                    :conveyedHow, :key, CAST(:metrics AS jsonb), :site, :zone, :position, :template)
                RETURNING id""")
                .params(params(r))
                .param("template", template)
                .query(Long.class)
                .single();
    }

    /** Updates when the version matches; returns the rows changed (0: stale). */
    int update(long id, int version, TouchpointRequest r) {
        return jdbc.sql("""
                UPDATE touchpoint SET code = :code, name_zh = :nameZh, name_en = :nameEn, line = :line,
                    stage = :stage, kind = :kind, channel = :channel, owner_role = :ownerRole,
                    information = :information, conveyed_how = :conveyedHow, key_touchpoint = :key,
                    control_metrics = CAST(:metrics AS jsonb), site_team_id = :site, zone = :zone,
                    position = :position, updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version""")
                .params(params(r))
                .param("id", id)
                .param("version", version)
                .update();
    }

    /** Sets or clears the key flag; returns the rows changed. */
    int setKey(long id, boolean key) {
        return jdbc.sql("UPDATE touchpoint SET key_touchpoint = :key, updated_at = now(), version = version + 1"
                        + " WHERE id = :id")
                .param("key", key)
                .param("id", id)
                .update();
    }

    boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM touchpoint WHERE code = :code AND id <> :except")
                        .param("code", code)
                        .param("except", exceptId == null ? -1L : exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Map<String, Object> params(TouchpointRequest r) {
        var p = new HashMap<String, Object>();
        p.put("code", r.code());
        p.put("nameZh", r.nameZh().strip());
        p.put("nameEn", r.nameEn().strip());
        p.put("line", r.line().name());
        p.put("stage", r.stage().name());
        p.put("kind", r.kind().name());
        p.put("channel", r.channel().name());
        p.put("ownerRole", r.ownerRole().name());
        p.put("information", blankToNull(r.information()));
        p.put("conveyedHow", blankToNull(r.conveyedHow()));
        p.put("key", r.key());
        p.put("metrics", json.writeValueAsString(r.controlMetrics()));
        p.put("site", r.siteTeamId());
        p.put("zone", blankToNull(r.zone()));
        p.put("position", r.position() == null ? 0 : r.position());
        return p;
    }

    static final String STAGE_ORDER = "array_position(ARRAY['AWARENESS','INQUIRY','EXPERIENCE','TRANSACTION',"
            + "'CONTINUED_COOPERATION'], stage)";

    private Touchpoint map(ResultSet rs, int n) throws SQLException {
        long site = rs.getLong("site_team_id");
        Long siteId = rs.wasNull() ? null : site;
        return new Touchpoint(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                TouchpointLine.valueOf(rs.getString("line")),
                JourneyStage.valueOf(rs.getString("stage")),
                TouchpointKind.valueOf(rs.getString("kind")),
                TouchpointChannel.valueOf(rs.getString("channel")),
                Role.valueOf(rs.getString("owner_role")),
                rs.getString("information"),
                rs.getString("conveyed_how"),
                rs.getBoolean("key_touchpoint"),
                json.readValue(rs.getString("control_metrics"), METRICS),
                siteId,
                rs.getString("zone"),
                rs.getInt("position"),
                rs.getString("template"),
                rs.getInt("version"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
