package dev.touchpoint.server.sales.followup;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.sales.FollowUpChannel;
import dev.touchpoint.server.sales.FollowUpTopic;
import dev.touchpoint.server.sales.lead.Lead;
import dev.touchpoint.server.sales.lead.LeadRepository;
import dev.touchpoint.server.sales.lead.LeadStatus;
import dev.touchpoint.server.sales.pool.AccountRepository;
import dev.touchpoint.server.sales.shared.SalesAccess;
import dev.touchpoint.server.sales.shared.SalesProperties;
import dev.touchpoint.server.sales.shared.TouchpointRecorder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up plans and tasks: grading a lead plans its first follow-up by the class's cadence, each
 * completed follow-up plans the next, re-grading replaces the plan. Every follow-up done is recorded
 * as a touchpoint event.
 */
@Service
public class FollowUpService {

    private final TaskRepository tasks;
    private final LeadRepository leads;
    private final AccountRepository accounts;
    private final CadenceRepository cadences;
    private final ReminderRepository reminders;
    private final CustomerApi customers;
    private final SalesAccess access;
    private final AuditLog audit;
    private final TouchpointRecorder touchpoints;
    private final SalesProperties properties;
    private final Clock clock;

    FollowUpService(
            TaskRepository tasks,
            LeadRepository leads,
            AccountRepository accounts,
            CadenceRepository cadences,
            ReminderRepository reminders,
            CustomerApi customers,
            SalesAccess access,
            AuditLog audit,
            TouchpointRecorder touchpoints,
            SalesProperties properties,
            Clock clock) {
        this.tasks = tasks;
        this.leads = leads;
        this.accounts = accounts;
        this.cadences = cadences;
        this.reminders = reminders;
        this.customers = customers;
        this.access = access;
        this.audit = audit;
        this.touchpoints = touchpoints;
        this.properties = properties;
        this.clock = clock;
    }

    /** Replaces the lead's open plan with the first follow-up of its class, counted from {@code from}. */
    public void replan(Lead lead, LocalDate from, Instant at) {
        tasks.cancelOpenForLead(lead.id());
        planNext(lead, from, 1, at);
    }

    public void cancelForLead(long leadId) {
        tasks.cancelOpenForLead(leadId);
    }

    /** Plans follow-up number {@code sequence} of the lead's class; nothing for an unowned or closed lead. */
    void planNext(Lead lead, LocalDate from, int sequence, Instant at) {
        if (lead.intentClass() == null || lead.ownerId() == null || lead.inPool() || lead.status() == LeadStatus.LOST) {
            return;
        }
        var cadence = cadences.effective(lead.teamId(), lead.intentClass());
        var customerId = lead.customerId();
        FollowUpPlanner.next(
                        cadence,
                        from,
                        sequence,
                        channel -> customerId == null
                                || !channel.needsConsent()
                                || customers.hasConsent(customerId, channel.name()))
                .ifPresent(plan -> tasks.insert(
                        new TaskRepository.NewTask(
                                lead.id(),
                                null,
                                lead.name(),
                                lead.ownerId(),
                                lead.teamId(),
                                plan.dueOn(),
                                plan.channel(),
                                plan.topic(),
                                lead.intentClass(),
                                plan.sequence()),
                        at));
    }

    /** The caller's day. */
    public MyDay myDay() {
        return myDay(dev.touchpoint.server.identity.CurrentUsers.require());
    }

    public MyDay myDay(CurrentUser me) {
        var today = LocalDate.now(clock);
        var open = tasks.openFor(me.id(), today.plusDays(properties.upcomingDays()), today);
        return new MyDay(
                today,
                open.stream().filter(Task::overdue).toList(),
                open.stream().filter(t -> t.dueOn().equals(today)).toList(),
                open.stream().filter(t -> t.dueOn().isAfter(today)).toList(),
                reminders.unread(me.id()));
    }

    public List<Task> forLead(long leadId) {
        return tasks.forLead(leadId, LocalDate.now(clock));
    }

    Task get(long id) {
        var me = access.me();
        var task = tasks.find(id, LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("task", id));
        if (task.ownerId() != me.id()
                && !me.seesAll()
                && !(me.manages() && teamOf(task) != null && me.teamIds().contains(teamOf(task)))) {
            throw new OutOfScopeException("task", id);
        }
        return task;
    }

    @Transactional
    public Task complete(long id, TaskOutcome outcome) {
        var me = access.me();
        var task = get(id);
        access.requireWritable(me, "task", id, task.ownerId(), teamOf(task));
        var now = Instant.now(clock);
        if (tasks.complete(id, outcome.outcome().strip(), now) == 0) {
            throw InvalidInputException.of(
                    "status",
                    "open",
                    "the follow-up is already " + task.status().toLowerCase());
        }
        Long customerId = task.customerId();
        if (task.leadId() != null) {
            leads.touchFollowUp(task.leadId(), now);
            var lead = leads.find(task.leadId()).orElseThrow();
            customerId = lead.customerId();
            if (outcome.regrade() != null && outcome.regrade() != lead.intentClass()) {
                leads.regrade(lead.id(), outcome.regrade(), now);
                replan(leads.find(lead.id()).orElseThrow(), LocalDate.now(clock), now);
            } else if (task.intentClass() != null) {
                planNext(lead, LocalDate.now(clock), task.sequence() + 1, now);
            }
        }
        if (customerId != null) {
            accounts.touchFollowUp(customerId, now);
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "sales_task",
                id,
                "follow-up done",
                Map.of("outcome", outcome.outcome(), "regrade", String.valueOf(outcome.regrade())));
        touchpoints.record(followUpEvent(task, customerId, outcome.outcome(), now));
        return tasks.find(id, LocalDate.now(clock)).orElseThrow();
    }

    /** A follow-up added by hand for a lead or customer in the caller's care. */
    @Transactional
    public Task add(Long leadId, Long customerId, LocalDate dueOn, FollowUpChannel channel, FollowUpTopic topic) {
        var me = access.me();
        var now = Instant.now(clock);
        if (dueOn == null || channel == null || topic == null) {
            throw InvalidInputException.of("dueOn", "required", "due date, channel and topic are required");
        }
        long taskId;
        if (leadId != null) {
            var lead = leads.find(leadId).orElseThrow(() -> new NotFoundException("lead", leadId));
            access.requireWritable(me, "lead", leadId, lead.ownerId(), lead.teamId());
            taskId = tasks.insert(
                    new TaskRepository.NewTask(
                            leadId,
                            null,
                            lead.name(),
                            lead.ownerId() == null ? me.id() : lead.ownerId(),
                            lead.teamId(),
                            dueOn,
                            channel,
                            topic,
                            null,
                            1),
                    now);
        } else if (customerId != null) {
            var customer = customers.requireVisible(customerId);
            Long owner = accounts.find(customerId)
                    .map(AccountRepository.Account::ownerId)
                    .orElse(null);
            if (owner == null) {
                owner = me.id();
            }
            accounts.ensure(customerId, customer.name(), owner, customer.teamId(), customer.tier(), now);
            taskId = tasks.insert(
                    new TaskRepository.NewTask(
                            null,
                            customerId,
                            customer.name(),
                            owner,
                            customer.teamId(),
                            dueOn,
                            channel,
                            topic,
                            null,
                            1),
                    now);
        } else {
            throw InvalidInputException.of("leadId", "required", "a lead or a customer is required");
        }
        audit.record(AuditLog.Action.CREATE, "sales_task", taskId, "follow-up planned");
        return tasks.find(taskId, LocalDate.now(clock)).orElseThrow();
    }

    public void markReminderRead(long id) {
        reminders.markRead(access.me().id(), id, Instant.now(clock));
    }

    public List<Cadence> cadences(long teamId) {
        return cadences.effectiveAll(teamId);
    }

    @Transactional
    public void saveCadence(long teamId, Cadence cadence) {
        var me = access.me();
        if (!me.isAdmin() && !(me.manages() && me.teamIds().contains(teamId))) {
            throw new OutOfScopeException("cadence of team", teamId);
        }
        cadences.save(teamId, cadence);
        audit.record(
                AuditLog.Action.UPDATE,
                "sales_cadence",
                teamId + "/" + cadence.intentClass(),
                "follow-up cadence",
                Map.of(
                        "intervalDays",
                        String.valueOf(cadence.intervalDays()),
                        "channels",
                        cadence.channels(),
                        "topics",
                        cadence.topics()));
    }

    /** Reminds owners of their overdue follow-ups, once a day per task; returns how many reminders. */
    public int remindOverdue(LocalDate today, Instant at) {
        int n = 0;
        for (var task : tasks.overdueToRemind(today)) {
            reminders.add(
                    task.ownerId(),
                    "OVERDUE",
                    task.subject(),
                    task.leadId() != null ? "/sales/leads/" + task.leadId() : "/customers/" + task.customerId(),
                    task.dueOn(),
                    at);
            tasks.markReminded(task.id(), today);
            n++;
        }
        return n;
    }

    private Long teamOf(Task task) {
        if (task.leadId() != null) {
            return leads.find(task.leadId()).map(Lead::teamId).orElse(null);
        }
        return accounts.find(task.customerId())
                .map(AccountRepository.Account::teamId)
                .orElse(null);
    }

    private static TouchpointRecorder.Event followUpEvent(Task task, Long customerId, String outcome, Instant at) {
        var attributes = new HashMap<String, String>();
        attributes.put("topic", task.topic().name());
        attributes.put("outcome", outcome);
        if (task.leadId() != null) {
            attributes.put("leadId", task.leadId().toString());
        }
        if (task.intentClass() != null) {
            attributes.put("intentClass", task.intentClass().name());
        }
        return new TouchpointRecorder.Event(
                "sales-task-" + task.id(),
                customerId,
                "sales.follow-up",
                "EXPERIENCE",
                at,
                task.channel().name(),
                attributes);
    }
}
