package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerRef;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.sales.Assessment;
import dev.touchpoint.server.sales.Attitude;
import dev.touchpoint.server.sales.BuyingRole;
import dev.touchpoint.server.sales.ExitCriterion;
import dev.touchpoint.server.sales.MemberInput;
import dev.touchpoint.server.sales.OpportunityStatus;
import dev.touchpoint.server.sales.Position;
import dev.touchpoint.server.sales.SalesStage;
import dev.touchpoint.server.sales.lead.Lead;
import dev.touchpoint.server.sales.pool.AccountRepository;
import dev.touchpoint.server.sales.shared.SalesAccess;
import dev.touchpoint.server.sales.shared.SalesProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key-account opportunities: opening, figures, assessment, stage moves honouring the exit criteria
 * (or overridden with a reason), winning by entering the last stage, losing with a reason.
 */
@Service
public class OpportunityService {

    private final OpportunityRepository opportunities;
    private final BuyingCentreRepository centre;
    private final AccountRepository accounts;
    private final CustomerApi customers;
    private final SalesAccess access;
    private final AuditLog audit;
    private final MessageSource messages;
    private final SalesProperties properties;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    OpportunityService(
            OpportunityRepository opportunities,
            BuyingCentreRepository centre,
            AccountRepository accounts,
            CustomerApi customers,
            SalesAccess access,
            AuditLog audit,
            MessageSource messages,
            SalesProperties properties,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.opportunities = opportunities;
        this.centre = centre;
        this.accounts = accounts;
        this.customers = customers;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    Opportunity create(NewOpportunity o) {
        var me = access.me();
        var customer = customers.requireVisible(o.customerId());
        var assignment = access.forNew(me, o.ownerId(), o.teamId() != null ? o.teamId() : customer.teamId());
        var now = Instant.now(clock);
        long id = opportunities.insert(o, null, assignment.ownerId(), assignment.teamId(), SalesStage.QUALIFY, now);
        accounts.ensure(
                customer.id(), customer.name(), assignment.ownerId(), assignment.teamId(), customer.tier(), now);
        opportunities.logStageMove(id, null, SalesStage.QUALIFY, List.of(), null, now, CurrentUsers.actorName());
        audit.record(
                AuditLog.Action.CREATE,
                "sales_opportunity",
                id,
                o.name(),
                Map.of("customerId", o.customerId(), "amount", String.valueOf(o.amount())));
        return get(id);
    }

    /** Opens the opportunity of a converted lead; the lead's contact joins the buying centre when given. */
    public long openForLead(
            Lead lead,
            long customerId,
            String name,
            BigDecimal amount,
            LocalDate expectedClose,
            String contactName,
            Instant at) {
        var o = new NewOpportunity(
                customerId, name, amount, expectedClose, null, Position.UNKNOWN, null, lead.ownerId(), lead.teamId());
        long id = opportunities.insert(o, lead.id(), lead.ownerId(), lead.teamId(), SalesStage.QUALIFY, at);
        opportunities.logStageMove(id, null, SalesStage.QUALIFY, List.of(), null, at, CurrentUsers.actorName());
        if (contactName != null) {
            var role = lead.authority() ? BuyingRole.DECISION_MAKER : BuyingRole.USER;
            centre.insertMember(
                    id,
                    new MemberInput(
                            contactName,
                            null,
                            lead.phone(),
                            role,
                            false,
                            false,
                            Attitude.UNKNOWN,
                            lead.firstContactAt(),
                            null,
                            null));
        }
        audit.record(AuditLog.Action.CREATE, "sales_opportunity", id, name, Map.of("fromLead", lead.id()));
        return id;
    }

    Opportunity get(long id) {
        var o = opportunities.find(id, names()).orElseThrow(() -> new NotFoundException("opportunity", id));
        access.requireVisible(access.me(), "opportunity", id, o.ownerId(), o.teamId());
        return o;
    }

    Opportunity writable(long id) {
        var o = opportunities.find(id, names()).orElseThrow(() -> new NotFoundException("opportunity", id));
        access.requireWritable(access.me(), "opportunity", id, o.ownerId(), o.teamId());
        return o;
    }

    List<Opportunity> open() {
        return opportunities.open(access.me(), names());
    }

    List<Opportunity> closedSince(Instant since) {
        return opportunities.closed(access.me(), since, names());
    }

    public List<Opportunity> forCustomer(long customerId) {
        customers.requireVisible(customerId);
        return opportunities.forCustomer(customerId, access.me(), names());
    }

    @Transactional
    Opportunity update(long id, OpportunityChange change, Integer ifMatch) {
        var o = writable(id);
        int version = version(o, ifMatch, change.version());
        if (opportunities.update(id, version, change, Instant.now(clock)) == 0) {
            throw new VersionConflictException("opportunity", id, o.version(), ifMatch != null);
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "sales_opportunity",
                id,
                change.name(),
                Map.of(
                        "amount",
                        change.amount().toPlainString(),
                        "position",
                        change.position().name()));
        return get(id);
    }

    @Transactional
    Opportunity assess(long id, Assessment assessment, Integer ifMatch) {
        var o = writable(id);
        if (opportunities.assess(id, version(o, ifMatch, null), assessment, Instant.now(clock)) == 0) {
            throw new VersionConflictException("opportunity", id, o.version(), ifMatch != null);
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "sales_opportunity",
                id,
                "assessment",
                Map.of("risk", RiskCalculator.compute(assessment).score()));
        return get(id);
    }

    @Transactional
    Opportunity tick(long id, ExitCriterion criterion, boolean done) {
        var o = writable(id);
        if (criterion.automatic()) {
            throw InvalidInputException.of(
                    "criterion", "automatic", text("sales.exit.automatic", "this criterion is checked automatically"));
        }
        var now = Instant.now(clock);
        opportunities.tick(id, criterion, done, now, CurrentUsers.actorName());
        opportunities.touchVersion(id, now);
        audit.record(AuditLog.Action.UPDATE, "sales_opportunity", id, (done ? "ticked " : "unticked ") + criterion);
        return get(id);
    }

    /**
     * Moves to another stage. Forwards, every exit criterion of the stages left must be met, or the
     * move needs an override reason (stored with the unmet criteria). Entering the last stage wins.
     */
    @Transactional
    Opportunity move(long id, StageMove move, Integer ifMatch) {
        var o = writable(id);
        if (o.status() != OpportunityStatus.OPEN) {
            throw InvalidInputException.of(
                    "status", "open", text("sales.opportunity.closed", "the opportunity is closed"));
        }
        if (move.stage() == o.stage()) {
            return o;
        }
        int version = version(o, ifMatch, move.version());
        var unmet = move.stage().ordinal() > o.stage().ordinal()
                ? ExitCriteria.unmetBetween(o.stage(), move.stage(), facts(o))
                : List.<ExitCriterion>of();
        var reason = move.overrideReason() == null || move.overrideReason().isBlank()
                ? null
                : move.overrideReason().strip();
        if (!unmet.isEmpty() && reason == null) {
            var locale = LocaleContextHolder.getLocale();
            throw new InvalidInputException(unmet.stream()
                    .map(c -> new FieldViolation(
                            "exitCriteria",
                            "unmet",
                            messages.getMessage("sales.exit." + c.name(), null, c.name(), locale)))
                    .toList());
        }
        var now = Instant.now(clock);
        var status = move.stage().isLast() ? OpportunityStatus.WON : OpportunityStatus.OPEN;
        var winReason = status == OpportunityStatus.WON ? move.winReason() : null;
        if (opportunities.moveStage(id, version, move.stage(), status, winReason, now) == 0) {
            throw new VersionConflictException("opportunity", id, o.version(), ifMatch != null);
        }
        opportunities.logStageMove(
                id, o.stage(), move.stage(), unmet, unmet.isEmpty() ? null : reason, now, CurrentUsers.actorName());
        if (status == OpportunityStatus.WON) {
            accounts.markWon(o.customerId(), now);
        }
        var details = new HashMap<String, Object>();
        details.put("from", o.stage().name());
        details.put("to", move.stage().name());
        if (!unmet.isEmpty()) {
            details.put("overridden", unmet.stream().map(Enum::name).toList());
            details.put("reason", reason);
        }
        audit.record(
                AuditLog.Action.UPDATE, "sales_opportunity", id, "stage " + o.stage() + " → " + move.stage(), details);
        events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                dev.touchpoint.server.platform.OutboundEventType.OPPORTUNITY_STAGE_MOVED,
                "opportunity",
                id,
                o.customerId(),
                "name",
                o.name(),
                "from",
                o.stage().name(),
                "to",
                move.stage().name(),
                "status",
                status.name(),
                "overridden",
                unmet.isEmpty() ? null : unmet.stream().map(Enum::name).toList()));
        return get(id);
    }

    @Transactional
    Opportunity lose(long id, LossReport report, Integer ifMatch) {
        var o = writable(id);
        if (opportunities.lose(
                        id, version(o, ifMatch, report.version()), report.reason(), report.note(), Instant.now(clock))
                == 0) {
            if (o.status() != OpportunityStatus.OPEN) {
                throw InvalidInputException.of(
                        "status", "open", text("sales.opportunity.closed", "the opportunity is closed"));
            }
            throw new VersionConflictException("opportunity", id, o.version(), ifMatch != null);
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "sales_opportunity",
                id,
                "lost",
                Map.of("reason", report.reason().name()));
        return get(id);
    }

    List<StageChange> stageMoves(long id) {
        get(id);
        return opportunities.stageMoves(id);
    }

    OpportunityInsight insight(long id) {
        return insight(get(id));
    }

    /** The pipeline board of the open opportunities in scope. */
    List<PipelineColumn> board() {
        return PipelineAnalysis.board(open());
    }

    /** The weighted forecast by month of the open opportunities in scope. */
    List<ForecastMonth> forecast() {
        return PipelineAnalysis.forecast(open());
    }

    /** Win/loss of the opportunities in scope closed in the last {@code days} days. */
    WinLoss winLoss(int days) {
        return PipelineAnalysis.winLoss(closedSince(Instant.now(clock).minus(java.time.Duration.ofDays(days))));
    }

    OpportunityInsight insight(Opportunity o) {
        var facts = facts(o);
        var now = Instant.now(clock);
        var coverage = CoverageCalculator.compute(
                facts.members(), o.stage(), properties.decisionMakerStage(), now, properties.engagedDays());
        var openTypes = centre.objections(o.id()).stream()
                .filter(x -> !x.resolved())
                .map(Objection::type)
                .distinct()
                .toList();
        return new OpportunityInsight(
                ExitCriteria.checklist(facts),
                coverage,
                RiskCalculator.compute(o.assessment()),
                Advice.endGame(o.position()),
                Advice.activitiesFor(o.stage()),
                openTypes);
    }

    ExitCriteria.Facts facts(Opportunity o) {
        var objections = centre.objections(o.id());
        return new ExitCriteria.Facts(
                o.assessment(),
                centre.members(o.id(), false),
                centre.activities(o.id()).stream().map(Activity::kind).collect(Collectors.toSet()),
                (int) objections.stream().filter(x -> !x.resolved()).count(),
                opportunities.ticks(o.id()));
    }

    /** Customer names for a list, looked up once each through the customer API. */
    LongFunction<String> names() {
        var cache = new HashMap<Long, String>();
        return id -> cache.computeIfAbsent(
                id, k -> customers.findUnchecked(k).map(CustomerRef::name).orElse("#" + k));
    }

    private static int version(Opportunity o, Integer ifMatch, Integer bodyVersion) {
        return ifMatch != null ? ifMatch : bodyVersion != null ? bodyVersion : o.version();
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }

    Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
