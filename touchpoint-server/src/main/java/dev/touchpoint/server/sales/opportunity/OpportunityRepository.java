package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.sales.Assessment;
import dev.touchpoint.server.sales.CloseReason;
import dev.touchpoint.server.sales.ExitCriterion;
import dev.touchpoint.server.sales.OpportunityStatus;
import dev.touchpoint.server.sales.Position;
import dev.touchpoint.server.sales.SalesStage;
import dev.touchpoint.server.sales.followup.CadenceRepository;
import dev.touchpoint.server.sales.lead.LeadRepository;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opportunities, their exit-criteria ticks and stage moves. Customer names come from {@code names}. */
@Repository
public class OpportunityRepository {

    private static final String SCOPE = CurrentUser.scopePredicate("o.owner_id", "o.team_id");

    private final JdbcClient jdbc;

    OpportunityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewOpportunity o, Long leadId, Long ownerId, Long teamId, SalesStage stage, Instant at) {
        return jdbc.sql("""
                INSERT INTO sales_opportunity (customer_id, lead_id, name, amount, expected_close, probability, stage,
                    position, competitors, owner_id, team_id, stage_changed_at, created_at, updated_at)
                VALUES (:customer, :lead, :name, coalesce(:amount, 0), :close, :probability, :stage,
                    coalesce(:position, 'UNKNOWN'), :competitors, :owner, :team, :at, :at, :at)
                RETURNING id""")
                .param("customer", o.customerId())
                .param("lead", leadId)
                .param("name", o.name().strip())
                .param("amount", o.amount())
                .param("close", o.expectedClose() == null ? null : Date.valueOf(o.expectedClose()))
                .param("probability", o.probability())
                .param("stage", stage.name())
                .param("position", o.position() == null ? null : o.position().name())
                .param("competitors", o.competitors())
                .param("owner", ownerId)
                .param("team", teamId)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    Optional<Opportunity> find(long id, LongFunction<String> names) {
        return jdbc.sql("SELECT * FROM sales_opportunity WHERE id = :id")
                .param("id", id)
                .query(mapper(names))
                .optional();
    }

    List<Opportunity> open(CurrentUser user, LongFunction<String> names) {
        return jdbc.sql("SELECT * FROM sales_opportunity o WHERE o.status = 'OPEN' AND " + SCOPE
                        + " ORDER BY o.expected_close NULLS LAST, o.amount DESC, o.id")
                .params(user.scopeParams())
                .query(mapper(names))
                .list();
    }

    List<Opportunity> closed(CurrentUser user, Instant since, LongFunction<String> names) {
        return jdbc.sql("SELECT * FROM sales_opportunity o WHERE o.status <> 'OPEN' AND o.closed_at >= :since AND "
                        + SCOPE + " ORDER BY o.closed_at DESC")
                .params(user.scopeParams())
                .param("since", Timestamp.from(since))
                .query(mapper(names))
                .list();
    }

    List<Opportunity> forCustomer(long customerId, CurrentUser user, LongFunction<String> names) {
        return jdbc.sql("SELECT * FROM sales_opportunity o WHERE o.customer_id = :c AND " + SCOPE
                        + " ORDER BY o.status, o.created_at DESC")
                .params(user.scopeParams())
                .param("c", customerId)
                .query(mapper(names))
                .list();
    }

    int update(long id, int version, OpportunityChange c, Instant at) {
        return jdbc.sql("""
                UPDATE sales_opportunity SET name = :name, amount = :amount, expected_close = :close,
                    probability = :probability, position = :position, competitors = :competitors, updated_at = :at,
                    version = version + 1
                WHERE id = :id AND version = :version""")
                .param("name", c.name().strip())
                .param("amount", c.amount())
                .param("close", c.expectedClose() == null ? null : Date.valueOf(c.expectedClose()))
                .param("probability", c.probability())
                .param("position", c.position().name())
                .param("competitors", c.competitors())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("version", version)
                .update();
    }

    public int assess(long id, int version, Assessment a, Instant at) {
        return jdbc.sql("""
                UPDATE sales_opportunity SET need_score = :need, volume_score = :volume, power_score = :power,
                    decision_score = :decision, credit_score = :credit, updated_at = :at, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("need", a.need())
                .param("volume", a.volume())
                .param("power", a.purchasingPower())
                .param("decision", a.decisionPower())
                .param("credit", a.credit())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("version", version)
                .update();
    }

    public int moveStage(
            long id, int version, SalesStage to, OpportunityStatus status, CloseReason reason, Instant at) {
        return jdbc.sql("""
                UPDATE sales_opportunity SET stage = :stage, status = :status, stage_changed_at = :at, updated_at = :at,
                    closed_at = CASE WHEN CAST(:status AS text) = 'OPEN' THEN NULL ELSE CAST(:at AS timestamptz) END,
                    close_reason = CASE WHEN CAST(:status AS text) = 'OPEN' THEN NULL ELSE CAST(:reason AS text) END,
                    version = version + 1
                WHERE id = :id AND version = :version""")
                .param("stage", to.name())
                .param("status", status.name())
                .param("reason", reason == null ? null : reason.name())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("version", version)
                .update();
    }

    public int lose(long id, int version, CloseReason reason, String note, Instant at) {
        return jdbc.sql("""
                UPDATE sales_opportunity SET status = 'LOST', close_reason = :reason, close_note = :note,
                    closed_at = :at, updated_at = :at, version = version + 1
                WHERE id = :id AND version = :version AND status = 'OPEN'""")
                .param("reason", reason.name())
                .param("note", note)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("version", version)
                .update();
    }

    public void logStageMove(
            long id,
            SalesStage from,
            SalesStage to,
            List<ExitCriterion> unmet,
            String reason,
            Instant at,
            String actor) {
        jdbc.sql("""
                INSERT INTO sales_stage_move (opportunity_id, from_stage, to_stage, unmet, override_reason, at, actor)
                VALUES (:id, :from, :to, :unmet, :reason, :at, :actor)""")
                .param("id", id)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("unmet", unmet.stream().map(Enum::name).toArray(String[]::new))
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .update();
    }

    List<StageChange> stageMoves(long opportunityId) {
        return jdbc.sql("SELECT * FROM sales_stage_move WHERE opportunity_id = :id ORDER BY at DESC, id DESC")
                .param("id", opportunityId)
                .query(OpportunityRepository::stageChange)
                .list();
    }

    /** Stage moves of a customer's opportunities, for the timeline. */
    public List<StageChange> stageMovesForCustomer(long customerId, Instant before, int limit) {
        return jdbc.sql("""
                SELECT m.* FROM sales_stage_move m JOIN sales_opportunity o ON o.id = m.opportunity_id
                WHERE o.customer_id = :c AND (CAST(:before AS timestamptz) IS NULL OR m.at < :before)
                ORDER BY m.at DESC LIMIT :limit""")
                .param("c", customerId)
                .param("before", LeadRepository.ts(before))
                .param("limit", limit)
                .query(OpportunityRepository::stageChange)
                .list();
    }

    Map<ExitCriterion, ExitCriteria.Tick> ticks(long opportunityId) {
        var ticks = new EnumMap<ExitCriterion, ExitCriteria.Tick>(ExitCriterion.class);
        jdbc.sql("SELECT * FROM sales_exit_check WHERE opportunity_id = :id")
                .param("id", opportunityId)
                .query(rs -> {
                    ticks.put(
                            ExitCriterion.valueOf(rs.getString("criterion")),
                            new ExitCriteria.Tick(rs.getTimestamp("done_at").toInstant(), rs.getString("done_by")));
                });
        return ticks;
    }

    public void tick(long opportunityId, ExitCriterion criterion, boolean done, Instant at, String actor) {
        if (done) {
            jdbc.sql("""
                    INSERT INTO sales_exit_check (opportunity_id, criterion, done_at, done_by) VALUES (:id, :c, :at, :by)
                    ON CONFLICT (opportunity_id, criterion) DO NOTHING""")
                    .param("id", opportunityId)
                    .param("c", criterion.name())
                    .param("at", Timestamp.from(at))
                    .param("by", actor)
                    .update();
        } else {
            jdbc.sql("DELETE FROM sales_exit_check WHERE opportunity_id = :id AND criterion = :c")
                    .param("id", opportunityId)
                    .param("c", criterion.name())
                    .update();
        }
    }

    void touchVersion(long id, Instant at) {
        jdbc.sql("UPDATE sales_opportunity SET updated_at = :at, version = version + 1 WHERE id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    public int reassignCustomer(long survivorId, long mergedId) {
        return jdbc.sql("UPDATE sales_opportunity SET customer_id = :s WHERE customer_id = :m")
                .param("s", survivorId)
                .param("m", mergedId)
                .update();
    }

    private static StageChange stageChange(ResultSet rs, int row) throws SQLException {
        var from = rs.getString("from_stage");
        return new StageChange(
                rs.getLong("id"),
                rs.getLong("opportunity_id"),
                from == null ? null : SalesStage.valueOf(from),
                SalesStage.valueOf(rs.getString("to_stage")),
                CadenceRepository.names(rs.getArray("unmet")).stream()
                        .map(ExitCriterion::valueOf)
                        .toList(),
                rs.getString("override_reason"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"));
    }

    private static RowMapper<Opportunity> mapper(LongFunction<String> names) {
        return (rs, row) -> {
            var stage = SalesStage.valueOf(rs.getString("stage"));
            var set = (Integer) rs.getObject("probability");
            var status = OpportunityStatus.valueOf(rs.getString("status"));
            int probability = status == OpportunityStatus.LOST ? 0 : set != null ? set : stage.defaultProbability();
            var reason = rs.getString("close_reason");
            var close = rs.getDate("expected_close");
            long customerId = rs.getLong("customer_id");
            return new Opportunity(
                    rs.getLong("id"),
                    customerId,
                    names.apply(customerId),
                    (Long) rs.getObject("lead_id"),
                    rs.getString("name"),
                    rs.getBigDecimal("amount"),
                    close == null ? null : close.toLocalDate(),
                    probability,
                    set,
                    stage,
                    Position.valueOf(rs.getString("position")),
                    rs.getString("competitors"),
                    status,
                    reason == null ? null : CloseReason.valueOf(reason),
                    rs.getString("close_note"),
                    LeadRepository.instant(rs, "closed_at"),
                    (Integer) rs.getObject("need_score"),
                    (Integer) rs.getObject("volume_score"),
                    (Integer) rs.getObject("power_score"),
                    (Integer) rs.getObject("decision_score"),
                    (Integer) rs.getObject("credit_score"),
                    (Long) rs.getObject("owner_id"),
                    (Long) rs.getObject("team_id"),
                    rs.getTimestamp("stage_changed_at").toInstant(),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getInt("version"));
        };
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
