package dev.touchpoint.server.service.metrics;

import dev.touchpoint.analytics.service.FastReplyMetrics;
import dev.touchpoint.analytics.service.ReplyTimes;
import dev.touchpoint.analytics.service.TicketMeasure;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketType;
import dev.touchpoint.server.service.complaint.ComplaintSurvey;
import dev.touchpoint.server.service.shared.ServiceAccess;
import dev.touchpoint.server.service.shared.ServiceProperties;
import dev.touchpoint.server.service.sla.SlaEvaluator;
import dev.touchpoint.server.service.ticket.TicketFilter;
import dev.touchpoint.server.service.ticket.TicketRepository;
import dev.touchpoint.server.service.ticket.TicketRow;
import dev.touchpoint.server.service.ticket.TicketTimeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Computes the fast-reply metrics over the tickets the caller may see, opened in a period: measures each
 * ticket in its policy's business calendar, then hands the measures to {@link FastReplyMetrics}.
 * Repeat contacts for the second FCR definition are looked up among all tickets of the same customers
 * (counts only; no ticket outside the caller's scope is shown).
 */
@Service
public class MetricsService {

    /** How to group the tickets. */
    public enum GroupBy {
        NONE,
        TEAM,
        AGENT,
        CHANNEL,
        TYPE
    }

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_TICKETS = 200_000;
    private static final ReplyTimes NOTHING = new ReplyTimes(null, List.of(), null, 0, null);

    private final TicketRepository tickets;
    private final TicketTimeline timeline;
    private final SlaEvaluator evaluator;
    private final ServiceAccess access;
    private final ServiceProperties properties;
    private final Clock clock;
    private final ComplaintSurvey survey;

    MetricsService(
            TicketRepository tickets,
            TicketTimeline timeline,
            SlaEvaluator evaluator,
            ServiceAccess access,
            ServiceProperties properties,
            Clock clock,
            ComplaintSurvey survey) {
        this.survey = survey;
        this.tickets = tickets;
        this.timeline = timeline;
        this.evaluator = evaluator;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    private record Measured(TicketRow row, TicketMeasure measure, boolean breached) {}

    public MetricsReport compute(
            Instant from, Instant to, GroupBy groupBy, Long teamId, Long assigneeId, TicketChannel channel) {
        survey.collect(null);
        var now = Instant.now(clock);
        var end = to == null ? now : to;
        var start = from == null ? end.minus(Duration.ofDays(365)) : from;
        var filter =
                new TicketFilter(null, null, null, null, channel, teamId, assigneeId, null, null, null, start, end);
        var rows = tickets.search(filter, access.tickets(), MAX_TICKETS, 0);
        var measured = measure(rows, now);
        var customers = rows.stream().map(TicketRow::customerId).distinct().toList();
        var history = tickets.ofCustomersSince(customers, start).stream()
                .map(r -> new TicketMeasure(
                        Long.toString(r.id()),
                        Long.toString(r.customerId()),
                        r.createdAt(),
                        r.status().done() ? r.solvedAt() : null,
                        NOTHING))
                .toList();
        var window = Duration.ofDays(properties.fcrRepeatDays());
        var overall = row("ALL", "ALL", measured, history, window, now);
        var groups = new ArrayList<MetricsReport.Row>();
        if (groupBy != GroupBy.NONE) {
            var teamNames = access.teamNames();
            Function<TicketRow, String> key = switch (groupBy) {
                case TEAM -> r -> r.teamId() == null ? "-" : r.teamId().toString();
                case AGENT -> r -> r.assigneeId() == null ? "-" : r.assigneeId().toString();
                case CHANNEL -> r -> r.channel().name();
                case TYPE -> r -> r.type().name();
                default -> r -> "ALL";
            };
            var byKey = new LinkedHashMap<String, List<Measured>>();
            measured.forEach(m -> byKey.computeIfAbsent(key.apply(m.row()), k -> new ArrayList<>())
                    .add(m));
            var userNames = new HashMap<String, String>();
            for (var e : byKey.entrySet()) {
                var label = switch (groupBy) {
                    case TEAM ->
                        e.getKey().equals("-") ? "-" : teamNames.getOrDefault(Long.valueOf(e.getKey()), e.getKey());
                    case AGENT ->
                        e.getKey().equals("-")
                                ? "-"
                                : userNames.computeIfAbsent(e.getKey(), k -> {
                                    var n = access.userName(Long.valueOf(k));
                                    return n == null ? k : n;
                                });
                    default -> e.getKey();
                };
                groups.add(row(e.getKey(), label, e.getValue(), history, window, now));
            }
            groups.sort((a, b) -> Long.compare(b.tickets(), a.tickets()));
        }
        var complaints =
                rows.stream().filter(r -> r.type() == TicketType.COMPLAINT).toList();
        var satisfaction = MetricsReport.ComplaintSatisfaction.of(
                complaints.size(),
                complaints.stream().filter(r -> r.status().done()).count(),
                complaints.stream()
                        .map(TicketRow::satisfaction)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        return new MetricsReport(
                start,
                end,
                groupBy.name(),
                properties.fcrRepeatDays(),
                overall,
                groups,
                trend(measured, history, window, now),
                satisfaction);
    }

    private List<Measured> measure(List<TicketRow> rows, Instant now) {
        var ids = rows.stream().map(TicketRow::id).toList();
        var messages = timeline.publicMessages(ids);
        var histories = timeline.histories(ids);
        var result = new ArrayList<Measured>(rows.size());
        for (var r : rows) {
            var e = evaluator.evaluate(
                    r, messages.getOrDefault(r.id(), List.of()), histories.getOrDefault(r.id(), List.of()), now);
            var sla = e.sla();
            boolean breached = sla.state() != null && sla.state().breached();
            result.add(new Measured(
                    r,
                    new TicketMeasure(
                            Long.toString(r.id()),
                            Long.toString(r.customerId()),
                            r.createdAt(),
                            r.status().done() ? r.solvedAt() : null,
                            e.times()),
                    breached));
        }
        return result;
    }

    private static MetricsReport.Row row(
            String key, String label, List<Measured> group, List<TicketMeasure> history, Duration window, Instant now) {
        var metrics = FastReplyMetrics.of(group.stream().map(Measured::measure).toList(), history, window, now);
        return MetricsReport.Row.of(
                key, label, metrics, group.stream().filter(Measured::breached).count());
    }

    private static List<MetricsReport.TrendPoint> trend(
            List<Measured> measured, List<TicketMeasure> history, Duration window, Instant now) {
        Map<YearMonth, List<Measured>> byMonth = new TreeMap<>();
        measured.forEach(
                m -> byMonth.computeIfAbsent(YearMonth.from(m.row().createdAt().atZone(ZONE)), k -> new ArrayList<>())
                        .add(m));
        var points = new ArrayList<MetricsReport.TrendPoint>();
        for (var e : byMonth.entrySet()) {
            var r = row(e.getKey().toString(), e.getKey().toString(), e.getValue(), history, window, now);
            points.add(new MetricsReport.TrendPoint(
                    e.getKey().toString(),
                    r.tickets(),
                    r.firstResponse().mean(),
                    r.firstResponse().median(),
                    r.firstResponse().p90(),
                    r.response().mean(),
                    r.resolution().mean(),
                    r.resolution().median(),
                    r.fcrNoFurtherMessage().rate(),
                    r.fcrNoRepeat().rate(),
                    r.breaches()));
        }
        return points;
    }
}
