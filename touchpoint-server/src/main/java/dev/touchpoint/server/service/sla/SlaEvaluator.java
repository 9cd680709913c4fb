package dev.touchpoint.server.service.sla;

import dev.touchpoint.analytics.service.BusinessCalendar;
import dev.touchpoint.analytics.service.ConversationMessage;
import dev.touchpoint.analytics.service.ReplyTimes;
import dev.touchpoint.analytics.service.SlaClock;
import dev.touchpoint.analytics.service.SlaMeasure;
import dev.touchpoint.analytics.service.SlaState;
import dev.touchpoint.analytics.service.TimeInterval;
import dev.touchpoint.server.service.Party;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.shared.ServiceProperties;
import dev.touchpoint.server.service.ticket.TicketDetail;
import dev.touchpoint.server.service.ticket.TicketMessage;
import dev.touchpoint.server.service.ticket.TicketRow;
import dev.touchpoint.server.service.ticket.TicketView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Measures a ticket against its policy: first response (opening → first public reply), next response
 * (the customer's current unanswered wait after the first reply) and resolution (opening → solved),
 * all in business minutes with the pause statuses left out.
 */
@Component
public class SlaEvaluator {

    /** Everything measured for one ticket. */
    public record Evaluation(TicketView.Sla sla, ReplyTimes times, BusinessCalendar calendar) {}

    private final SlaCatalog catalog;
    private final Set<TicketStatus> pauseStatuses;

    SlaEvaluator(SlaCatalog catalog, ServiceProperties properties) {
        this.catalog = catalog;
        this.pauseStatuses = Set.copyOf(properties.pauseStatuses());
    }

    public Evaluation evaluate(
            TicketRow t, List<TicketMessage> messages, List<TicketDetail.StatusEntry> history, Instant now) {
        var resolved = catalog.policy(t.policyId());
        var calendar = resolved.map(SlaCatalog.Resolved::calendar).orElseGet(catalog::defaultCalendar);
        var pauseSet = resolved.map(r -> r.policy().pauseStatuses())
                .<Set<TicketStatus>>map(Set::copyOf)
                .orElse(pauseStatuses);
        var pauses = pauses(history, pauseSet);
        var conversation = messages.stream()
                .filter(m -> !m.internal())
                .map(m -> new ConversationMessage(
                        m.at(),
                        m.party() == Party.CUSTOMER
                                ? dev.touchpoint.analytics.service.Party.CUSTOMER
                                : dev.touchpoint.analytics.service.Party.AGENT))
                .toList();
        Instant solved = t.status().done() ? (t.solvedAt() != null ? t.solvedAt() : t.closedAt()) : null;
        var times = ReplyTimes.of(calendar, t.createdAt(), conversation, pauses, solved);
        boolean paused = !t.status().done() && pauseSet.contains(t.status());
        var measured = new TicketView.Measured(
                times.firstResponseMinutes(),
                times.responseMinutes().isEmpty()
                        ? null
                        : times.responseMinutes().stream()
                                .mapToLong(Long::longValue)
                                .average()
                                .orElse(0),
                times.responseMinutes(),
                times.resolutionMinutes(),
                paused);
        if (resolved.isEmpty()) {
            return new Evaluation(
                    new TicketView.Sla(null, null, null, null, null, null, null, measured), times, calendar);
        }
        var policy = resolved.get().policy();
        int soon = policy.dueSoonPercent();
        Instant firstReplyAt = firstReply(messages);
        TicketView.Target first = null;
        if (firstReplyAt != null || solved == null) {
            first = target(SlaClock.measure(
                    calendar, t.createdAt(), firstReplyAt, now, pauses, policy.firstResponseMinutes(), soon));
        }
        TicketView.Target next = null;
        if (firstReplyAt != null && solved == null && times.awaitingReplySince() != null) {
            next = target(SlaClock.measure(
                    calendar, times.awaitingReplySince(), null, now, pauses, policy.nextResponseMinutes(), soon));
        }
        var resolution = target(
                SlaClock.measure(calendar, t.createdAt(), solved, now, pauses, policy.resolutionMinutes(), soon));
        var worst = worst(first, next, resolution);
        var calendarCode = policy.calendarCode();
        return new Evaluation(
                new TicketView.Sla(policy.id(), policy.name(), calendarCode, first, next, resolution, worst, measured),
                times,
                calendar);
    }

    /** Pause intervals from the status history: while the status was one of the pause statuses. */
    List<TimeInterval> pauses(List<TicketDetail.StatusEntry> history) {
        return pauses(history, pauseStatuses);
    }

    /** Pause intervals while the status was one of {@code pauseStatuses}. */
    static List<TimeInterval> pauses(List<TicketDetail.StatusEntry> history, Set<TicketStatus> pauseStatuses) {
        var sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(TicketDetail.StatusEntry::at));
        var result = new ArrayList<TimeInterval>();
        Instant since = null;
        for (var e : sorted) {
            boolean pausing = pauseStatuses.contains(e.status());
            if (pausing && since == null) {
                since = e.at();
            } else if (!pausing && since != null) {
                result.add(TimeInterval.of(since, e.at()));
                since = null;
            }
        }
        if (since != null) {
            result.add(TimeInterval.openFrom(since));
        }
        return result;
    }

    public static Instant firstReply(List<TicketMessage> messages) {
        return messages.stream()
                .filter(m -> !m.internal() && m.party() == Party.AGENT)
                .map(TicketMessage::at)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static TicketView.Target target(SlaMeasure m) {
        return new TicketView.Target(
                m.targetMinutes(), m.elapsedMinutes(), m.dueAt(), m.state(), Math.round(m.percentUsed() * 10) / 10.0);
    }

    private static final List<SlaState> SEVERITY = List.of(
            SlaState.MET, SlaState.RUNNING, SlaState.PAUSED, SlaState.DUE_SOON, SlaState.MISSED, SlaState.BREACHED);

    static SlaState worst(TicketView.Target... targets) {
        SlaState worst = null;
        for (var t : targets) {
            if (t != null && (worst == null || SEVERITY.indexOf(t.state()) > SEVERITY.indexOf(worst))) {
                worst = t.state();
            }
        }
        return worst;
    }
}
