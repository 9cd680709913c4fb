package dev.touchpoint.server.crosssell.mining;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.VersionConflictException;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The one row of mining settings. */
@Repository
public class SettingsRepository {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SettingsRepository(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public MiningSettings get() {
        return jdbc.sql("""
                SELECT min_support, min_sequence_support, min_confidence, min_lift, max_length, max_gap_days, attribution_days,
                       fallback_km_per_day, evaluation_months, version FROM crosssell_settings WHERE id = 1""")
                .query((rs, n) -> new MiningSettings(
                        rs.getDouble(1),
                        rs.getDouble(2),
                        rs.getDouble(3),
                        rs.getDouble(4),
                        rs.getInt(5),
                        (Integer) rs.getObject(6),
                        rs.getInt(7),
                        rs.getDouble(8),
                        rs.getInt(9),
                        rs.getInt(10)))
                .single();
    }

    /** Stores new settings if {@code version} is current (409 otherwise); audited. */
    @Transactional
    public MiningSettings update(MiningSettings s) {
        int updated = jdbc.sql("""
                UPDATE crosssell_settings SET min_support = :support, min_sequence_support = :sequenceSupport, min_confidence = :confidence, min_lift = :lift,
                       max_length = :length, max_gap_days = :gap, attribution_days = :attribution,
                       fallback_km_per_day = :km, evaluation_months = :months, updated_at = now(), updated_by = :actor,
                       version = version + 1
                WHERE id = 1 AND (CAST(:version AS integer) IS NULL OR version = :version)""")
                .param("support", s.minSupport())
                .param("sequenceSupport", s.minSequenceSupport())
                .param("confidence", s.minConfidence())
                .param("lift", s.minLift())
                .param("length", s.maxLength())
                .param("gap", s.maxGapDays())
                .param("attribution", s.attributionDays())
                .param("km", s.fallbackKmPerDay())
                .param("months", s.evaluationMonths())
                .param("actor", CurrentUsers.actorName())
                .param("version", s.version())
                .update();
        if (updated == 0) {
            throw new VersionConflictException("cross-sell settings", 1, get().version(), false);
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "crosssell_settings",
                1,
                "cross-sell settings changed",
                Map.of(
                        "minSupport",
                        s.minSupport(),
                        "minConfidence",
                        s.minConfidence(),
                        "minLift",
                        s.minLift(),
                        "maxLength",
                        s.maxLength(),
                        "attributionDays",
                        s.attributionDays()));
        return get();
    }
}
