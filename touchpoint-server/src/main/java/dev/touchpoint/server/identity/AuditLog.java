package dev.touchpoint.server.identity;

import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * The audit log: who created, changed, deleted or exported what, and when. Every feature records
 * its changes and every export of personal data here; administrators browse it.
 */
@Service
public class AuditLog implements dev.touchpoint.server.platform.tabular.ImportAudit {

    /** What happened. */
    public enum Action {
        CREATE,
        UPDATE,
        DELETE,
        EXPORT,
        IMPORT,
        MERGE,
        LOGIN_LOCKED,
        TOKEN_CREATED,
        TOKEN_REVOKED
    }

    /** One audit entry. */
    public record Entry(
            long id,
            Instant at,
            String actor,
            String action,
            String entityType,
            String entityId,
            String summary,
            String details) {}

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records an action by the current user (or {@code system}). {@code details} becomes JSON. */
    public void record(Action action, String entityType, Object entityId, String summary, Map<String, ?> details) {
        jdbc.sql("""
                INSERT INTO audit_log (actor, action, entity_type, entity_id, summary, details)
                VALUES (:actor, :action, :type, :id, :summary, CAST(:details AS jsonb))""")
                .param("actor", CurrentUsers.actorName())
                .param("action", action.name())
                .param("type", entityType)
                .param("id", entityId == null ? null : entityId.toString())
                .param("summary", summary)
                .param("details", details == null ? null : json.writeValueAsString(details))
                .update();
    }

    /** Records an import (not a dry run) through the platform's import flow. */
    @Override
    public void imported(String entityType, String summary, Map<String, ?> details) {
        record(Action.IMPORT, entityType, null, summary, details);
    }

    public void record(Action action, String entityType, Object entityId, String summary) {
        record(action, entityType, entityId, summary, null);
    }

    /** Browses the log, newest first, optionally filtered by entity type, actor and action. */
    @PreAuthorize("hasRole('ADMIN')")
    public PageResult<Entry> search(String entityType, String actor, String action, PageRequest page) {
        var where = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        if (entityType != null && !entityType.isBlank()) {
            where.add("entity_type = :type");
            params.put("type", entityType);
        }
        if (actor != null && !actor.isBlank()) {
            where.add("lower(actor) = lower(:actor)");
            params.put("actor", actor);
        }
        if (action != null && !action.isBlank()) {
            where.add("action = :action");
            params.put("action", action);
        }
        var clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM audit_log" + clause)
                .params(params)
                .query(Long.class)
                .single();
        List<Entry> items = jdbc.sql(
                        "SELECT * FROM audit_log" + clause + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("summary"),
                        rs.getString("details")))
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }
}
