package dev.touchpoint.server.sales.pool;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.StateConflictException;
import dev.touchpoint.server.sales.followup.FollowUpService;
import dev.touchpoint.server.sales.followup.ReminderRepository;
import dev.touchpoint.server.sales.followup.TaskRepository;
import dev.touchpoint.server.sales.lead.LeadRepository;
import dev.touchpoint.server.sales.shared.SalesAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public pool (公海): neglected leads and customers return to their team's pool by the team's
 * rules, owners are warned a few days before, reps claim within a daily limit, every move is logged.
 */
@Service
public class PoolService {

    private static final Logger log = LoggerFactory.getLogger(PoolService.class);

    private final PoolRepository pool;
    private final LeadRepository leads;
    private final TaskRepository tasks;
    private final ReminderRepository reminders;
    private final FollowUpService followUps;
    private final SalesAccess access;
    private final AuditLog audit;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    PoolService(
            PoolRepository pool,
            LeadRepository leads,
            TaskRepository tasks,
            ReminderRepository reminders,
            FollowUpService followUps,
            SalesAccess access,
            AuditLog audit,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.pool = pool;
        this.leads = leads;
        this.tasks = tasks;
        this.reminders = reminders;
        this.followUps = followUps;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies every team's rules as of {@code now}: warnings, reclaims, and overdue reminders. */
    @Transactional
    /** Runs the rules now (the scheduled entry point; the time comes from the injected clock). */
    public PoolRun run() {
        return run(Instant.now(clock));
    }

    public PoolRun run(Instant now) {
        var policies = new HashMap<Long, PoolPolicy>();
        int warned = 0;
        int reclaimed = 0;
        for (var s : pool.owned()) {
            var policy = policies.computeIfAbsent(s.teamId() == null ? 0L : s.teamId(), pool::policy);
            var rule = policy.rule(s.tier());
            if (!policy.enabled() || rule == null) {
                continue;
            }
            var deadline = PoolRules.deadline(s, rule);
            if (PoolRules.due(deadline, now)) {
                reclaimed += reclaim(s, deadline.reason(), now);
            } else if (PoolRules.warn(s, deadline, policy.warnDays(), now)) {
                reminders.add(
                        s.ownerId(),
                        "POOL_WARNING",
                        s.name(),
                        link(s.type(), s.id()),
                        LocalDate.ofInstant(deadline.at(), clock.getZone()),
                        now);
                pool.markWarned(s.type(), s.id(), now);
                warned++;
            }
        }
        int overdue = followUps.remindOverdue(LocalDate.ofInstant(now, clock.getZone()), now);
        var run = new PoolRun(now, warned, reclaimed, overdue);
        if (reclaimed > 0 || warned > 0) {
            audit.record(
                    AuditLog.Action.UPDATE,
                    "sales_pool",
                    null,
                    "pool rules run",
                    Map.of("warned", warned, "reclaimed", reclaimed, "overdueReminders", overdue));
        }
        log.info("Pool rules as of {}: {} warned, {} reclaimed, {} overdue reminders", now, warned, reclaimed, overdue);
        return run;
    }

    private int reclaim(PoolRepository.Subject s, String reason, Instant now) {
        if (pool.reclaim(s.type(), s.id(), s.ownerId(), now) == 0) {
            return 0;
        }
        if (PoolRepository.LEAD.equals(s.type())) {
            tasks.cancelOpenForLead(s.id());
        } else {
            tasks.cancelOpenForCustomer(s.id());
        }
        pool.logMove(
                s.type(), s.id(), s.teamId(), "RECLAIMED", s.ownerId(), null, reason, now, CurrentUsers.actorName());
        reminders.add(s.ownerId(), "POOL_RECLAIMED", s.name(), "/sales/pool", null, now);
        audit.record(
                AuditLog.Action.UPDATE,
                "sales_pool",
                s.type() + "/" + s.id(),
                "reclaimed to the pool",
                Map.of("from", s.ownerId(), "reason", reason));
        return 1;
    }

    List<PoolItem> items() {
        return pool.items(access.me());
    }

    /** Claims a subject from the pool, within the team's daily limit per rep. */
    @Transactional
    PoolItem claim(String type, long id) {
        var me = access.me();
        var kind = type(type);
        var subject = pool.findPooled(kind, id)
                .orElseThrow(() -> pool.exists(kind, id)
                        ? new StateConflictException(
                                "claim", type + "/" + id + " is not in the pool (someone claimed it first)")
                        : new NotFoundException("pool entry", type + "/" + id));
        if (me.role() == Role.ANALYST
                || (!me.isAdmin() && (subject.teamId() == null || !me.teamIds().contains(subject.teamId())))) {
            throw new OutOfScopeException("pool entry", type + "/" + id);
        }
        var now = Instant.now(clock);
        var policy = pool.policy(subject.teamId() == null ? 0L : subject.teamId());
        var startOfDay = LocalDate.ofInstant(now, clock.getZone())
                .atStartOfDay(clock.getZone())
                .toInstant();
        int claimed = pool.claimsSince(me.id(), startOfDay);
        if (claimed >= policy.dailyClaimLimit()) {
            throw InvalidInputException.of(
                    "claim", "dailyLimit", "daily claim limit of " + policy.dailyClaimLimit() + " reached");
        }
        if (pool.claim(kind, id, me.id(), now) == 0) {
            throw new StateConflictException("claim", "someone else claimed " + type + "/" + id + " first");
        }
        pool.logMove(kind, id, subject.teamId(), "CLAIMED", null, me.id(), null, now, me.username());
        audit.record(AuditLog.Action.UPDATE, "sales_pool", kind + "/" + id, "claimed from the pool");
        if (PoolRepository.LEAD.equals(kind)) {
            var lead = leads.find(id).orElseThrow();
            followUps.replan(lead, LocalDate.ofInstant(now, clock.getZone()), now);
            events.publishEvent(dev.touchpoint.server.sales.shared.LeadEvents.of(
                    dev.touchpoint.server.platform.OutboundEventType.LEAD_ASSIGNED,
                    id,
                    lead.name(),
                    me.id(),
                    lead.teamId(),
                    "fromPool",
                    true));
        }
        return new PoolItem(kind, id, subject.name(), subject.tier(), subject.teamId(), null, null, null);
    }

    /** The owner (or a manager) gives a subject back to the pool. */
    @Transactional
    void release(String type, long id, String reason) {
        var me = access.me();
        var kind = type(type);
        var owned = pool.owned().stream()
                .filter(s -> s.type().equals(kind) && s.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(kind.toLowerCase(), id));
        access.requireWritable(me, kind.toLowerCase(), id, owned.ownerId(), owned.teamId());
        var now = Instant.now(clock);
        pool.reclaim(kind, id, owned.ownerId(), now);
        if (PoolRepository.LEAD.equals(kind)) {
            tasks.cancelOpenForLead(id);
        } else {
            tasks.cancelOpenForCustomer(id);
        }
        pool.logMove(kind, id, owned.teamId(), "RELEASED", owned.ownerId(), null, "RELEASED", now, me.username());
        audit.record(
                AuditLog.Action.UPDATE,
                "sales_pool",
                kind + "/" + id,
                "released to the pool",
                Map.of("reason", reason == null ? "" : reason.strip()));
    }

    public PoolPolicy policy(long teamId) {
        return pool.policy(teamId);
    }

    @Transactional
    public PoolPolicy savePolicy(PoolPolicy policy) {
        var me = access.me();
        if (!me.isAdmin() && !(me.role() == Role.MANAGER && me.teamIds().contains(policy.teamId()))) {
            throw new OutOfScopeException("pool rules of team", policy.teamId());
        }
        pool.savePolicy(policy);
        audit.record(
                AuditLog.Action.UPDATE,
                "sales_pool_policy",
                policy.teamId(),
                "pool rules",
                Map.of(
                        "dailyClaimLimit",
                        policy.dailyClaimLimit(),
                        "warnDays",
                        policy.warnDays(),
                        "enabled",
                        policy.enabled(),
                        "rules",
                        policy.rules().size()));
        return pool.policy(policy.teamId());
    }

    private static String type(String type) {
        var t = type == null ? "" : type.strip().toUpperCase(java.util.Locale.ROOT);
        if (!t.equals(PoolRepository.LEAD) && !t.equals(PoolRepository.CUSTOMER)) {
            throw InvalidInputException.of("type", "oneOf", "type must be LEAD or CUSTOMER");
        }
        return t;
    }

    private static String link(String type, long id) {
        return PoolRepository.LEAD.equals(type) ? "/sales/leads/" + id : "/customers/" + id;
    }
}
