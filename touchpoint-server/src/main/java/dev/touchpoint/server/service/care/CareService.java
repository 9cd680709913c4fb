package dev.touchpoint.server.service.care;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerRef;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.service.ServiceNeed;
import dev.touchpoint.server.service.shared.ServiceProperties;
import dev.touchpoint.server.service.shared.TouchpointRecorder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the care plans (seed 002 基本服务): every rule whose occasion fell due since the catch-up
 * window began and was not handled yet sends its message through the guard and a {@link CareChannel},
 * or creates a task; each outcome is stored once per rule, customer and occasion, and contacts are
 * recorded as touchpoints.
 */
@Service
public class CareService {

    static final String STAGE_CURSOR = "order-stages";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Holiday and birthday care goes out at this local time. */
    static final LocalTime GREETING_TIME = LocalTime.of(10, 0);
    /** Words that make a care message a promotion (seed 002: 只关怀,不促销). */
    static final Pattern PROMOTION = Pattern.compile(
            "优惠|促销|折扣|打折|特价|限时|领券|优惠券|discount|promotion|sale|coupon|offer|% off", Pattern.CASE_INSENSITIVE);

    private static final Logger log = LoggerFactory.getLogger(CareService.class);

    private final CareRepository care;
    private final OutboundRepository outbound;
    private final ContactGuard guard;
    private final List<CareChannel> channels;
    private final OrderStageFeed feed;
    private final CustomerBirthdays birthdays;
    private final CustomerApi customers;
    private final TouchpointRecorder touchpoints;
    private final ServiceProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    CareService(
            CareRepository care,
            OutboundRepository outbound,
            ContactGuard guard,
            List<CareChannel> channels,
            OrderStageFeed feed,
            CustomerBirthdays birthdays,
            CustomerApi customers,
            TouchpointRecorder touchpoints,
            ServiceProperties properties,
            AuditLog audit,
            Clock clock) {
        this.care = care;
        this.outbound = outbound;
        this.guard = guard;
        this.channels = channels.stream()
                .sorted(Comparator.comparingInt(CareChannel::order))
                .toList();
        this.feed = feed;
        this.birthdays = birthdays;
        this.customers = customers;
        this.touchpoints = touchpoints;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${touchpoint.service.care-cron:0 10 * * * *}")
    void scheduled() {
        var result = runCarePlans(Instant.now(clock));
        log.info("care plans: {}", result);
    }

    @Transactional
    public CareRunResult runCarePlans(Instant now) {
        var from = now.minus(properties.careCatchUp());
        var polled = feed.reached(care.cursor(STAGE_CURSOR).orElse(from), now);
        polled.forEach(care::upsertStage);
        care.moveCursor(STAGE_CURSOR, now);
        var tally = new int[5];
        for (var rule : care.rules()) {
            if (!rule.enabled()) {
                continue;
            }
            switch (rule.trigger()) {
                case "ORDER_STAGE" -> care.dueForStage(rule, from, now).forEach(d -> execute(rule, d, now, tally));
                case "HOLIDAY" ->
                    greetingDays(from, now)
                            .forEach(day -> care.holidayStarting(properties.holidayCalendar(), day)
                                    .ifPresent(name -> {
                                        for (var c : care.activeCustomers(now)) {
                                            execute(
                                                    rule,
                                                    new CareRepository.Due(c, null, "holiday:" + day, greeting(day)),
                                                    now,
                                                    tally);
                                        }
                                    }));
                case "BIRTHDAY" ->
                    greetingDays(from, now).forEach(day -> {
                        for (var c : birthdays.customersBornOn(MonthDay.from(day))) {
                            execute(
                                    rule,
                                    new CareRepository.Due(c, null, "birthday:" + day.getYear(), greeting(day)),
                                    now,
                                    tally);
                        }
                    });
                case "NEED" -> {
                    // run by runNeeds when the cross-sell module hands over the day's due service needs
                }
                default -> log.warn("unknown care trigger {}", rule.trigger());
            }
        }
        return new CareRunResult(polled.size(), tally[0], tally[1], tally[2], tally[3], tally[4]);
    }

    /**
     * Proactive service (超前服务) for due service needs: every enabled rule of trigger NEED runs once per
     * customer and occasion — a reminder through the over-service guard (consent, frequency cap, quiet
     * hours; held-back ones are stored as BLOCKED with the reason, deferred ones retried by the next
     * run) or a task for the customer's team. {@code {need}}, {@code {needEn}} and {@code {date}} in the
     * rule's subject and body become the need's names and due date.
     */
    @Transactional
    public CareRunResult runNeeds(List<ServiceNeed> needs, Instant now) {
        var tally = new int[5];
        for (var rule : care.rules()) {
            if (!rule.enabled() || !"NEED".equals(rule.trigger())) {
                continue;
            }
            for (var need : needs) {
                var due = new CareRepository.Due(
                        need.customerId(),
                        null,
                        need.occasion(),
                        need.dueDate().atTime(GREETING_TIME).atZone(ZONE).toInstant());
                execute(rule, due, fill(rule.subject(), need), fill(rule.body(), need), now, tally);
            }
        }
        return new CareRunResult(0, tally[0], tally[1], tally[2], tally[3], tally[4]);
    }

    private static String fill(String text, ServiceNeed need) {
        return text.replace("{needEn}", need.nameEn())
                .replace("{need}", need.nameZh())
                .replace("{date}", need.dueDate().toString());
    }

    /** Days whose greeting time lies in {@code (from, now]}. */
    private static List<LocalDate> greetingDays(Instant from, Instant now) {
        return LocalDate.ofInstant(from, ZONE)
                .datesUntil(LocalDate.ofInstant(now, ZONE).plusDays(1))
                .filter(d -> greeting(d).isAfter(from) && !greeting(d).isAfter(now))
                .toList();
    }

    private static Instant greeting(LocalDate day) {
        return day.atTime(GREETING_TIME).atZone(ZONE).toInstant();
    }

    private void execute(CareRule rule, CareRepository.Due due, Instant now, int[] tally) {
        execute(rule, due, rule.subject(), rule.body(), now, tally);
    }

    private void execute(CareRule rule, CareRepository.Due due, String subject, String body, Instant now, int[] tally) {
        if (care.handled(rule.id(), due.customerId(), due.occasion())) {
            return;
        }
        var customer = customers.findUnchecked(due.customerId()).orElse(null);
        if (customer == null) {
            return;
        }
        if ("TASK".equals(rule.action())) {
            long action = care.insertAction(
                    rule.id(), customer.id(), due.orderId(), due.occasion(), due.dueAt(), now, "TASK", null);
            care.insertTask(
                    customer.id(),
                    due.orderId(),
                    action,
                    subject,
                    // a need that fell due before today is worked from today
                    ("NEED".equals(rule.trigger()) && due.dueAt().isBefore(now) ? now : due.dueAt())
                            .plus(Duration.ofDays(1)),
                    customer.teamId(),
                    now);
            tally[1]++;
            return;
        }
        var verdict = guard.check(customer.id(), rule.channel(), now);
        if (verdict == ContactGuard.Verdict.QUIET_HOURS) {
            tally[3]++;
            return;
        }
        if (verdict.blocks()) {
            long action = care.insertAction(
                    rule.id(),
                    customer.id(),
                    due.orderId(),
                    due.occasion(),
                    due.dueAt(),
                    now,
                    "BLOCKED",
                    verdict.name());
            outbound.insert(
                    customer.id(),
                    rule.channel(),
                    "CARE:" + rule.code(),
                    subject,
                    body,
                    "BLOCKED",
                    verdict.name(),
                    now,
                    action,
                    null);
            tally[2]++;
            return;
        }
        try {
            deliver(customer, rule.channel(), subject, body);
            long action = care.insertAction(
                    rule.id(), customer.id(), due.orderId(), due.occasion(), due.dueAt(), now, "SENT", null);
            outbound.insert(
                    customer.id(),
                    rule.channel(),
                    "CARE:" + rule.code(),
                    subject,
                    body,
                    "SENT",
                    null,
                    now,
                    action,
                    null);
            touchpoints.record(
                    "service:care:" + action, customer.id(), "CARE_MESSAGE", rule.channel(), now, rule.code());
            tally[0]++;
        } catch (RuntimeException e) {
            log.warn("care message {} to customer {} failed: {}", rule.code(), customer.id(), e.getMessage());
            long action = care.insertAction(
                    rule.id(),
                    customer.id(),
                    due.orderId(),
                    due.occasion(),
                    due.dueAt(),
                    now,
                    "FAILED",
                    truncate(e.getMessage()));
            outbound.insert(
                    customer.id(),
                    rule.channel(),
                    "CARE:" + rule.code(),
                    subject,
                    body,
                    "FAILED",
                    truncate(e.getMessage()),
                    now,
                    action,
                    null);
            tally[4]++;
        }
    }

    private void deliver(CustomerRef customer, String channel, String subject, String body) {
        var address = "EMAIL".equals(channel) ? customer.email() : customer.phone();
        var delivery = new CareChannel.Delivery(customer.id(), channel, address, subject, body);
        channels.stream()
                .filter(c -> c.supports(channel))
                .findFirst()
                .orElseThrow()
                .send(delivery);
    }

    /** Changes a rule; care texts of no-promotion rules must not advertise. */
    @Transactional
    public CareRule updateRule(String code, CareRule change, int version) {
        var violations = new java.util.ArrayList<dev.touchpoint.server.platform.FieldViolation>();
        var current = care.rules().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new dev.touchpoint.server.platform.NotFoundException("care rule", code));
        if (current.noPromotion()
                && (PROMOTION.matcher(change.subject()).find()
                        || PROMOTION.matcher(change.body()).find())) {
            violations.add(new dev.touchpoint.server.platform.FieldViolation(
                    "body", "noPromotion", "care messages only care and never promote (只关怀,不促销)"));
        }
        if (!List.of("MESSAGE", "TASK").contains(change.action().toUpperCase(Locale.ROOT))) {
            violations.add(new dev.touchpoint.server.platform.FieldViolation("action", "oneOf", "MESSAGE or TASK"));
        }
        if (!List.of("EMAIL", "SMS", "WECHAT", "PHONE")
                .contains(change.channel().toUpperCase(Locale.ROOT))) {
            violations.add(new dev.touchpoint.server.platform.FieldViolation(
                    "channel", "oneOf", "EMAIL, SMS, WECHAT or PHONE"));
        }
        if (!violations.isEmpty()) {
            throw new dev.touchpoint.server.platform.InvalidInputException(violations);
        }
        var normalised = new CareRule(
                current.id(),
                code,
                current.trigger(),
                current.stage(),
                change.offsetDays(),
                change.action().toUpperCase(Locale.ROOT),
                change.channel().toUpperCase(Locale.ROOT),
                current.noPromotion(),
                change.subject().strip(),
                change.body().strip(),
                change.enabled(),
                version);
        if (care.updateRule(code, version, normalised) == 0) {
            throw new dev.touchpoint.server.platform.VersionConflictException(
                    "care rule", code, current.version(), false);
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "care_rule",
                code,
                "care rule changed",
                Map.of("enabled", change.enabled(), "offsetDays", change.offsetDays()));
        return care.rules().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 480 ? s.substring(0, 480) : s;
    }
}
