package dev.touchpoint.server.crosssell.need;

import dev.touchpoint.analytics.crosssell.need.NeedRule;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.VersionConflictException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Need rules: stored as text in the rule language, parsed (and so checked) on every write. */
@Repository
public class NeedRuleRepository {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AtomicLong changes = new AtomicLong();

    NeedRuleRepository(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Increases with every change (cache key of next best actions). */
    public long changes() {
        return changes.get();
    }

    public List<NeedRuleView> list() {
        return jdbc.sql("SELECT id, rule, name_en, name_zh, active, version FROM crosssell_need_rule ORDER BY id")
                .query((rs, n) -> new NeedRuleView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getInt(6)))
                .list();
    }

    public NeedRuleView find(long id) {
        return list().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("need rule", id));
    }

    /** The active rules, parsed. */
    public List<NeedRule> active() {
        return list().stream()
                .filter(NeedRuleView::active)
                .map(r -> NeedRule.parse(r.rule()))
                .toList();
    }

    @Transactional
    public NeedRuleView create(NeedRuleRequest request) {
        String text = check(request.rule());
        long id = jdbc.sql("""
                INSERT INTO crosssell_need_rule (rule, name_en, name_zh, active, created_by)
                VALUES (:rule, :en, :zh, :active, :actor) RETURNING id""")
                .param("rule", text)
                .param("en", request.nameEn().strip())
                .param("zh", request.nameZh().strip())
                .param("active", request.active() == null || request.active())
                .param("actor", CurrentUsers.actorName())
                .query(Long.class)
                .single();
        changes.incrementAndGet();
        audit.record(AuditLog.Action.CREATE, "crosssell_need_rule", id, "need rule created", Map.of("rule", text));
        return find(id);
    }

    @Transactional
    public NeedRuleView update(long id, NeedRuleRequest request) {
        var current = find(id);
        String text = check(request.rule());
        int updated = jdbc.sql("""
                UPDATE crosssell_need_rule SET rule = :rule, name_en = :en, name_zh = :zh, active = :active, updated_at = now(),
                       version = version + 1
                WHERE id = :id AND (CAST(:version AS integer) IS NULL OR version = :version)""")
                .param("rule", text)
                .param("en", request.nameEn().strip())
                .param("zh", request.nameZh().strip())
                .param("active", request.active() == null ? current.active() : request.active())
                .param("id", id)
                .param("version", request.version())
                .update();
        if (updated == 0) {
            throw new VersionConflictException("need rule", id, current.version(), false);
        }
        changes.incrementAndGet();
        audit.record(
                AuditLog.Action.UPDATE,
                "crosssell_need_rule",
                id,
                "need rule changed",
                Map.of("rule", text, "before", current.rule()));
        return find(id);
    }

    @Transactional
    public void delete(long id) {
        var current = find(id);
        jdbc.sql("DELETE FROM crosssell_need_rule WHERE id = :id")
                .param("id", id)
                .update();
        changes.incrementAndGet();
        audit.record(
                AuditLog.Action.DELETE, "crosssell_need_rule", id, "need rule deleted", Map.of("rule", current.rule()));
    }

    /** Adds the dealership templates that are not there yet; returns how many were added. */
    @Transactional
    public int applyDealershipTemplates() {
        var existing = list().stream().map(NeedRuleView::rule).toList();
        int added = 0;
        for (var template : NeedRuleTemplates.DEALERSHIP) {
            if (!existing.contains(NeedRule.parse(template.rule()).text())) {
                create(template);
                added++;
            }
        }
        return added;
    }

    /** Parses the rule (a problem naming the word otherwise) and returns its normal text. */
    static String check(String rule) {
        try {
            return NeedRule.parse(rule).text();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("rule", "syntax", e.getMessage());
        }
    }
}
