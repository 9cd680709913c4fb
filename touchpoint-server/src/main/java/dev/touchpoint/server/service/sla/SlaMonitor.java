package dev.touchpoint.server.service.sla;

import dev.touchpoint.server.service.Party;
import dev.touchpoint.server.service.complaint.ComplaintSurvey;
import dev.touchpoint.server.service.ticket.TicketRepository;
import dev.touchpoint.server.service.ticket.TicketRow;
import dev.touchpoint.server.service.ticket.TicketTimeline;
import dev.touchpoint.server.service.ticket.TicketView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA escalation check: measures every open ticket, and when a running target has used the
 * percentage of an escalation level (e.g. 80 % → level 1, 100 % → level 2, 150 % → level 3), records
 * the level once, notes it on the ticket (internal note) and tells whom it concerns: level 1 the
 * assignee, level 2 the team's manager, level 3 the service manager.
 */
@Component
public class SlaMonitor {

    private static final Logger log = LoggerFactory.getLogger(SlaMonitor.class);
    private static final String[] WHO = {"", "assignee", "team manager", "service manager"};

    private final TicketRepository tickets;
    private final TicketTimeline timeline;
    private final SlaEvaluator evaluator;
    private final SlaCatalog catalog;
    private final Clock clock;
    private final ComplaintSurvey survey;

    private final org.springframework.context.ApplicationEventPublisher events;

    SlaMonitor(
            TicketRepository tickets,
            TicketTimeline timeline,
            SlaEvaluator evaluator,
            SlaCatalog catalog,
            Clock clock,
            ComplaintSurvey survey,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.survey = survey;
        this.tickets = tickets;
        this.timeline = timeline;
        this.evaluator = evaluator;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Scheduled(cron = "${touchpoint.service.sla-cron:0 */5 * * * *}")
    void scheduled() {
        var result = runSlaCheck(Instant.now(clock));
        int answers = survey.collect(null);
        if (answers > 0) {
            log.info("after-complaint survey: {} answers copied to their tickets", answers);
        }
        if (result.escalations() > 0) {
            log.info("SLA check: {}", result);
        }
    }

    @Transactional
    public SlaCheckResult runSlaCheck(Instant now) {
        var open = tickets.openTickets();
        var ids = open.stream().map(TicketRow::id).toList();
        var messages = timeline.publicMessages(ids);
        var histories = timeline.histories(ids);
        int dueSoon = 0;
        int breached = 0;
        int escalations = 0;
        for (var t : open) {
            if (t.createdAt().isAfter(now)) {
                continue;
            }
            var policy = catalog.policy(t.policyId());
            if (policy.isEmpty()) {
                continue;
            }
            var sla = evaluator
                    .evaluate(
                            t, messages.getOrDefault(t.id(), List.of()), histories.getOrDefault(t.id(), List.of()), now)
                    .sla();
            if (sla.state() == null) {
                continue;
            }
            if (sla.state() == dev.touchpoint.analytics.service.SlaState.DUE_SOON) {
                dueSoon++;
            }
            if (sla.state().breached()) {
                breached++;
            }
            var worst = worstRunning(sla);
            if (worst == null) {
                continue;
            }
            for (int level = 1; level <= 3; level++) {
                Integer threshold = policy.get().policy().escalationPercent(level);
                if (threshold == null || worst.percent() < threshold || level <= t.escalationLevel()) {
                    continue;
                }
                var notified = WHO[level];
                if (timeline.insertEscalation(t.id(), level, worst.name(), now, notified)) {
                    timeline.raiseEscalation(t.id(), level);
                    timeline.insertMessage(
                            t.id(),
                            Party.AGENT,
                            true,
                            "SLA",
                            null,
                            "SLA escalation level " + level + " / 升级第 " + level + " 级: " + worst.name() + " "
                                    + Math.round(worst.percent()) + "% → " + notified,
                            now);
                    log.info(
                            "ticket {} escalated to level {} ({} at {}%), notify {}",
                            t.id(), level, worst.name(), Math.round(worst.percent()), notified);
                    escalations++;
                    if (level <= 2) {
                        var target = target(sla, worst.name());
                        events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                                level == 1
                                        ? dev.touchpoint.server.platform.OutboundEventType.SLA_BREACH_IMMINENT
                                        : dev.touchpoint.server.platform.OutboundEventType.SLA_BREACHED,
                                "ticket",
                                t.id(),
                                t.customerId(),
                                "subject",
                                t.subject(),
                                "priority",
                                t.priority().name(),
                                "target",
                                worst.name(),
                                "percentUsed",
                                Math.round(worst.percent()),
                                "dueAt",
                                target == null || target.dueAt() == null
                                        ? null
                                        : target.dueAt().toString(),
                                "minutesLeft",
                                target == null || level != 1
                                        ? null
                                        : Math.max(0, target.targetMinutes() - target.elapsedMinutes()),
                                "assigneeId",
                                t.assigneeId(),
                                "teamId",
                                t.teamId()));
                    }
                }
            }
        }
        return new SlaCheckResult(open.size(), dueSoon, breached, escalations);
    }

    private record Worst(String name, double percent) {}

    private static TicketView.Target target(TicketView.Sla sla, String name) {
        return switch (name) {
            case "FIRST_RESPONSE" -> sla.firstResponse();
            case "NEXT_RESPONSE" -> sla.nextResponse();
            default -> sla.resolution();
        };
    }

    /** The running target with the largest share used. */
    private static Worst worstRunning(TicketView.Sla sla) {
        Worst worst = null;
        worst = pick(worst, "FIRST_RESPONSE", sla.firstResponse());
        worst = pick(worst, "NEXT_RESPONSE", sla.nextResponse());
        worst = pick(worst, "RESOLUTION", sla.resolution());
        return worst;
    }

    private static Worst pick(Worst current, String name, TicketView.Target t) {
        if (t == null || t.state().completed()) {
            return current;
        }
        return current == null || t.percentUsed() > current.percent() ? new Worst(name, t.percentUsed()) : current;
    }
}
