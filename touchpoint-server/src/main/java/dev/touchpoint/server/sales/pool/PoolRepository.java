package dev.touchpoint.server.sales.pool;

import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.sales.lead.LeadRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public pool over two kinds of subject: leads (sales_lead) and customers in sales care
 * (sales_account). Table names come from {@link #table(String)}, a fixed whitelist, never from input.
 */
@Repository
public class PoolRepository {

    public static final String LEAD = "LEAD";
    public static final String CUSTOMER = "CUSTOMER";

    /** A subject the rules look at. */
    public record Subject(
            String type,
            long id,
            String name,
            String tier,
            Long ownerId,
            Long teamId,
            Instant assignedAt,
            Instant lastFollowUpAt,
            Instant lastWonAt,
            Instant warnedAt) {}

    private final JdbcClient jdbc;

    PoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Owned subjects the pool rules apply to. */
    List<Subject> owned() {
        var all = new ArrayList<Subject>();
        all.addAll(jdbc.sql("""
                SELECT 'LEAD' AS type, id, name, coalesce(intent_class, 'NEW') AS tier, owner_id, team_id, assigned_at,
                       last_follow_up_at, NULL::timestamptz AS last_won_at, pool_warned_at
                FROM sales_lead WHERE status = 'OPEN' AND NOT in_pool AND owner_id IS NOT NULL
                ORDER BY id""").query(PoolRepository::subject).list());
        all.addAll(jdbc.sql("""
                SELECT 'CUSTOMER' AS type, customer_id AS id, name, tier, owner_id, team_id, assigned_at,
                       last_follow_up_at, last_won_at, pool_warned_at
                FROM sales_account WHERE NOT in_pool AND owner_id IS NOT NULL
                ORDER BY customer_id""").query(PoolRepository::subject).list());
        return all;
    }

    /** Moves a subject into the pool; 0 when someone else changed it first. */
    public int reclaim(String type, long id, Long expectedOwner, Instant at) {
        return jdbc.sql("UPDATE " + table(type) + " SET owner_id = NULL, in_pool = true, pooled_at = :at" + " WHERE "
                        + idColumn(type) + " = :id AND NOT in_pool AND owner_id = :owner")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("owner", expectedOwner)
                .update();
    }

    /** Takes a subject out of the pool for {@code ownerId}; 0 when it was no longer there. */
    int claim(String type, long id, long ownerId, Instant at) {
        return jdbc.sql("UPDATE " + table(type) + " SET owner_id = :owner, in_pool = false, pooled_at = NULL,"
                        + " pool_warned_at = NULL, assigned_at = :at WHERE " + idColumn(type) + " = :id AND in_pool")
                .param("owner", ownerId)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    void markWarned(String type, long id, Instant at) {
        jdbc.sql("UPDATE " + table(type) + " SET pool_warned_at = :at WHERE " + idColumn(type) + " = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    public void logMove(
            String type,
            long id,
            Long teamId,
            String action,
            Long from,
            Long to,
            String reason,
            Instant at,
            String actor) {
        jdbc.sql("""
                INSERT INTO sales_pool_move (subject_type, subject_id, team_id, action, from_owner, to_owner, reason, at, actor)
                VALUES (:type, :id, :team, :action, :from, :to, :reason, :at, :actor)""")
                .param("type", type)
                .param("id", id)
                .param("team", teamId)
                .param("action", action)
                .param("from", from)
                .param("to", to)
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .update();
    }

    int claimsSince(long ownerId, Instant since) {
        return jdbc.sql(
                        "SELECT count(*) FROM sales_pool_move WHERE to_owner = :owner AND action = 'CLAIMED' AND at >= :since")
                .param("owner", ownerId)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** Pool contents the user may see: their teams' pools (every pool for ADMIN/ANALYST). */
    List<PoolItem> items(CurrentUser user) {
        var visible = "(:scopeAll OR team_id = ANY(:scopeTeams))";
        var last = """
                LEFT JOIN LATERAL (SELECT m.from_owner, m.reason FROM sales_pool_move m
                    WHERE m.subject_type = :type AND m.subject_id = s.%s AND m.action IN ('RECLAIMED', 'RELEASED')
                    ORDER BY m.at DESC, m.id DESC LIMIT 1) mv ON true""";
        var items = new ArrayList<PoolItem>();
        items.addAll(jdbc.sql("SELECT 'LEAD' AS type, s.id, s.name, coalesce(s.intent_class, 'NEW') AS tier, s.team_id,"
                        + " s.pooled_at, mv.from_owner, mv.reason FROM sales_lead s " + last.formatted("id")
                        + " WHERE s.in_pool AND s.status = 'OPEN' AND " + visible.replace("team_id", "s.team_id")
                        + " ORDER BY s.pooled_at DESC LIMIT 500")
                .params(Map.of("scopeAll", user.seesAll(), "scopeTeams", user.teamIdArray(), "type", LEAD))
                .query(PoolRepository::item)
                .list());
        items.addAll(jdbc.sql("SELECT 'CUSTOMER' AS type, s.customer_id AS id, s.name, s.tier, s.team_id, s.pooled_at,"
                        + " mv.from_owner, mv.reason FROM sales_account s " + last.formatted("customer_id")
                        + " WHERE s.in_pool AND " + visible.replace("team_id", "s.team_id")
                        + " ORDER BY s.pooled_at DESC LIMIT 500")
                .params(Map.of("scopeAll", user.seesAll(), "scopeTeams", user.teamIdArray(), "type", CUSTOMER))
                .query(PoolRepository::item)
                .list());
        return items;
    }

    /** The pool subject's team, or null when the subject is not in the pool. */
    /** Whether the lead or customer exists at all, pooled or not. */
    boolean exists(String type, long id) {
        return jdbc.sql("SELECT count(*) FROM " + table(type) + " WHERE " + idColumn(type) + " = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    java.util.Optional<Subject> findPooled(String type, long id) {
        var from = table(type);
        return jdbc.sql("SELECT '" + (LEAD.equals(type) ? LEAD : CUSTOMER) + "' AS type, " + idColumn(type)
                        + " AS id, name, "
                        + (LEAD.equals(type) ? "coalesce(intent_class, 'NEW')" : "tier")
                        + " AS tier, owner_id, team_id,"
                        + " assigned_at, last_follow_up_at, NULL::timestamptz AS last_won_at, pool_warned_at FROM "
                        + from + " WHERE " + idColumn(type) + " = :id AND in_pool")
                .param("id", id)
                .query(PoolRepository::subject)
                .optional();
    }

    PoolPolicy policy(long teamId) {
        var own = jdbc.sql("SELECT * FROM sales_pool_policy WHERE team_id IN (0, :team) ORDER BY team_id DESC LIMIT 1")
                .param("team", teamId)
                .query((rs, n) -> new PoolPolicy(
                        teamId,
                        rs.getBoolean("enabled"),
                        rs.getInt("daily_claim_limit"),
                        rs.getInt("warn_days"),
                        List.of()))
                .single();
        var rules = jdbc.sql("""
                SELECT DISTINCT ON (tier) tier, no_follow_up_days, no_deal_days FROM sales_pool_rule
                WHERE team_id IN (0, :team) ORDER BY tier, team_id DESC""")
                .param("team", teamId)
                .query((rs, n) -> new PoolRule(
                        rs.getString("tier"), rs.getInt("no_follow_up_days"), (Integer) rs.getObject("no_deal_days")))
                .list();
        return new PoolPolicy(teamId, own.enabled(), own.dailyClaimLimit(), own.warnDays(), rules);
    }

    void savePolicy(PoolPolicy p) {
        jdbc.sql("""
                INSERT INTO sales_pool_policy (team_id, enabled, daily_claim_limit, warn_days)
                VALUES (:team, :enabled, :limit, :warn)
                ON CONFLICT (team_id) DO UPDATE SET enabled = EXCLUDED.enabled,
                    daily_claim_limit = EXCLUDED.daily_claim_limit, warn_days = EXCLUDED.warn_days,
                    version = sales_pool_policy.version + 1""")
                .param("team", p.teamId())
                .param("enabled", p.enabled())
                .param("limit", p.dailyClaimLimit())
                .param("warn", p.warnDays())
                .update();
        for (var r : p.rules()) {
            jdbc.sql("""
                    INSERT INTO sales_pool_rule (team_id, tier, no_follow_up_days, no_deal_days)
                    VALUES (:team, :tier, :days, :deal)
                    ON CONFLICT (team_id, tier) DO UPDATE SET no_follow_up_days = EXCLUDED.no_follow_up_days,
                        no_deal_days = EXCLUDED.no_deal_days""")
                    .param("team", p.teamId())
                    .param("tier", r.tier())
                    .param("days", r.noFollowUpDays())
                    .param("deal", r.noDealDays())
                    .update();
        }
    }

    private static String table(String type) {
        return switch (type) {
            case LEAD -> "sales_lead";
            case CUSTOMER -> "sales_account";
            default -> throw new IllegalArgumentException("unknown pool subject type " + type);
        };
    }

    private static String idColumn(String type) {
        return LEAD.equals(type) ? "id" : "customer_id";
    }

    private static Subject subject(ResultSet rs, int row) throws SQLException {
        return new Subject(
                rs.getString("type"),
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("tier"),
                (Long) rs.getObject("owner_id"),
                (Long) rs.getObject("team_id"),
                LeadRepository.instant(rs, "assigned_at"),
                LeadRepository.instant(rs, "last_follow_up_at"),
                LeadRepository.instant(rs, "last_won_at"),
                LeadRepository.instant(rs, "pool_warned_at"));
    }

    private static PoolItem item(ResultSet rs, int row) throws SQLException {
        return new PoolItem(
                rs.getString("type"),
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("tier"),
                (Long) rs.getObject("team_id"),
                LeadRepository.instant(rs, "pooled_at"),
                (Long) rs.getObject("from_owner"),
                rs.getString("reason"));
    }
}
