package dev.touchpoint.server.crosssell.action;

import dev.touchpoint.analytics.crosssell.need.HistoryKind;
import dev.touchpoint.analytics.crosssell.need.NeedRule;
import dev.touchpoint.analytics.crosssell.need.NeedRules;
import dev.touchpoint.analytics.crosssell.need.NeedStatus;
import dev.touchpoint.analytics.crosssell.need.OdometerReading;
import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.crosssell.mining.SettingsRepository;
import dev.touchpoint.server.crosssell.need.NeedRuleRepository;
import dev.touchpoint.server.crosssell.need.NeedRuleView;
import dev.touchpoint.server.crosssell.odometer.OdometerRepository;
import dev.touchpoint.server.service.ServiceApi;
import dev.touchpoint.server.service.ServiceNeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Proactive service (超前服务, seed 002) from the need rules: once a day, every active need rule whose
 * need is a service (the first service, the regular service) is evaluated for every customer, and the
 * needs that are due today — triggered, past their due date by time or by estimated km, within their
 * validity window, not yet met and not already handled by staff as a next best action since the
 * trigger — go to the care plans ({@link ServiceApi#careForNeeds}), which remind the customer through
 * the over-service guard or open a task for the team, once per customer, rule and trigger.
 */
@Service
public class ProactiveService {

    private static final Logger log = LoggerFactory.getLogger(ProactiveService.class);

    /** The care rule that runs for due service needs. */
    public static final String CARE_RULE = "SERVICE_DUE";

    /**
     * What one run found and what the care plans did with it.
     *
     * @param due service needs due today (before the staff filter)
     * @param handledByStaff of those, needs staff already accepted, completed or dismissed as a next action
     * @param sent reminders sent
     * @param tasks tasks opened
     * @param blocked held back by the guard (no consent, frequency cap), listed with the reason
     * @param deferred in quiet hours, retried by the next run
     * @param failed the channel failed
     * @param earlier reminded (or held back, or given a task) by an earlier run: once per customer, rule and
     *     trigger
     */
    public record Run(
            LocalDate day,
            int due,
            int handledByStaff,
            int sent,
            int tasks,
            int blocked,
            int deferred,
            int failed,
            int earlier) {}

    private final CommerceApi commerce;
    private final OdometerRepository odometer;
    private final NeedRuleRepository needs;
    private final SettingsRepository settings;
    private final ActionRepository actions;
    private final ServiceApi service;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicReference<Run> last =
            new java.util.concurrent.atomic.AtomicReference<>();

    ProactiveService(
            CommerceApi commerce,
            OdometerRepository odometer,
            NeedRuleRepository needs,
            SettingsRepository settings,
            ActionRepository actions,
            ServiceApi service,
            Clock clock) {
        this.commerce = commerce;
        this.odometer = odometer;
        this.needs = needs;
        this.settings = settings;
        this.actions = actions;
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(cron = "${touchpoint.crosssell.proactive-cron:0 30 10 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        log.info("proactive service: {}", run(Instant.now(clock)));
    }

    /** Hands today's due service needs to the care plans (the daily job; also on demand and after the demo load). */
    public Run run(Instant now) {
        var today = LocalDate.ofInstant(now, clock.getZone());
        var rules = new ArrayList<Map.Entry<NeedRuleView, NeedRule>>();
        for (var view : needs.list()) {
            if (!view.active()) {
                continue;
            }
            var rule = NeedRule.parse(view.rule());
            if (rule.need() == HistoryKind.SERVICE) {
                rules.add(Map.entry(view, rule));
            }
        }
        if (rules.isEmpty()) {
            var none = new Run(today, 0, 0, 0, 0, 0, 0, 0, 0);
            last.set(none);
            return none;
        }
        double kmPerDay = settings.get().fallbackKmPerDay();
        var readings = odometer.all();
        var handled = actions.lastNeedActions();
        var due = new ArrayList<ServiceNeed>();
        int[] byStaff = {0};
        Histories.forEachCustomer(commerce, today, (customerId, lines) -> {
            var history = Histories.history(lines);
            for (var entry : rules) {
                var view = entry.getKey();
                NeedRules.evaluate(
                                entry.getValue(),
                                history,
                                readings.getOrDefault(customerId, List.<OdometerReading>of()),
                                kmPerDay,
                                today)
                        .filter(n -> n.status() == NeedStatus.DUE)
                        .ifPresent(n -> {
                            var last = handled.getOrDefault(customerId, Map.of())
                                    .get(entry.getValue().text());
                            if (last != null && !last.isBefore(n.triggerDate())) {
                                byStaff[0]++;
                                return;
                            }
                            due.add(new ServiceNeed(
                                    customerId,
                                    "need:" + view.id() + ":" + n.triggerDate(),
                                    n.dueDate(),
                                    view.nameZh(),
                                    view.nameEn()));
                        });
            }
        });
        var result = service.careForNeeds(due, now);
        var run = new Run(
                today,
                due.size() + byStaff[0],
                byStaff[0],
                result.sent(),
                result.tasks(),
                result.blocked(),
                result.deferred(),
                result.failed(),
                due.size() - result.sent() - result.tasks() - result.blocked() - result.deferred() - result.failed());
        last.set(run);
        return run;
    }

    /** The last run since the server started, if any. */
    public java.util.Optional<Run> last() {
        return java.util.Optional.ofNullable(last.get());
    }

    /**
     * The state of proactive service.
     *
     * @param last the last run since the server started (null before the first)
     * @param outcomesLast30Days how often the care rule SERVICE_DUE ended SENT, TASK, BLOCKED or FAILED
     *     in the last 30 days
     */
    public record Status(Run last, Map<String, Integer> outcomesLast30Days) {}

    /** The last run and the care outcomes of due service needs in the last 30 days. */
    public Status status() {
        return new Status(
                last.get(), service.careOutcomes(CARE_RULE, Instant.now(clock).minus(Duration.ofDays(30))));
    }
}
