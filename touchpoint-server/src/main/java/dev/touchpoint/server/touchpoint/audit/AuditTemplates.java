package dev.touchpoint.server.touchpoint.audit;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Versioned audit checklist templates. */
@Service
public class AuditTemplates {

    private static final TypeReference<List<AuditSection>> SECTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final AuditLog audit;

    AuditTemplates(JdbcClient jdbc, ObjectMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    /** The latest version of every template. */
    List<AuditTemplate> latest() {
        return jdbc.sql("SELECT DISTINCT ON (code) * FROM audit_template ORDER BY code, version DESC")
                .query(this::map)
                .list();
    }

    Optional<AuditTemplate> find(String code, Integer version) {
        if (version == null) {
            return jdbc.sql("SELECT * FROM audit_template WHERE code = :code ORDER BY version DESC LIMIT 1")
                    .param("code", code)
                    .query(this::map)
                    .optional();
        }
        return jdbc.sql("SELECT * FROM audit_template WHERE code = :code AND version = :version")
                .param("code", code)
                .param("version", version)
                .query(this::map)
                .optional();
    }

    AuditTemplate get(long id) {
        return jdbc.sql("SELECT * FROM audit_template WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("audit template", id));
    }

    /** Saves the next version of the template (version 1 for a new code). */
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional
    public AuditTemplate save(AuditTemplate.Request request, java.util.Set<String> touchpointCodes) {
        AuditScoring.validate(request.sections(), touchpointCodes);
        return insert(request);
    }

    /** Creates version 1 when no template has the code (shipped templates). */
    @Transactional
    public void ensure(AuditTemplate.Request request) {
        if (find(request.code(), null).isEmpty()) {
            insert(request);
        }
    }

    private AuditTemplate insert(AuditTemplate.Request request) {
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM audit_template WHERE code = :code")
                .param("code", request.code())
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                INSERT INTO audit_template (code, version, name_zh, name_en, sections, created_by)
                VALUES (:code, :version, :zh, :en, CAST(:sections AS jsonb), :by) RETURNING id""")
                .param("code", request.code())
                .param("version", version)
                .param("zh", request.nameZh())
                .param("en", request.nameEn())
                .param("sections", json.writeValueAsString(request.sections()))
                .param("by", CurrentUsers.actorName())
                .query(Long.class)
                .single();
        audit.record(AuditLog.Action.CREATE, "audit_template", id, request.code() + " v" + version);
        return get(id);
    }

    private AuditTemplate map(ResultSet rs, int n) throws SQLException {
        return new AuditTemplate(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getInt("version"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                json.readValue(rs.getString("sections"), SECTIONS),
                rs.getTimestamp("created_at").toInstant());
    }
}
