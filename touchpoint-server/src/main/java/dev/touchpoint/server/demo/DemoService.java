package dev.touchpoint.server.demo;

import dev.touchpoint.analytics.service.BusinessCalendar;
import dev.touchpoint.server.service.CompensationKind;
import dev.touchpoint.server.service.ComplaintStep;
import dev.touchpoint.server.service.ImportedTicket;
import dev.touchpoint.server.service.OrderStageReached;
import dev.touchpoint.server.service.Party;
import dev.touchpoint.server.service.RootCause;
import dev.touchpoint.server.service.ServiceDemoBatch;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A year of service tickets for the demo dealership group, deterministic for a seed: most questions
 * are answered within the SLA in office hours, some arrive at night or on weekends, a few wait far too
 * long (breaches); a fifth are complaints with root causes, compensation and satisfaction afterwards;
 * some customers come back within days. Plus the recent order stages the care plans react to.
 *
 * <p>Load with {@code serviceApi.loadDemo(new DemoService(seed, now).batch(dataset, customerIds, orderIds), now, 90)}.
 */
final class DemoService {

    private static final String[] STORES = {"PUDONG", "MINHANG", "JIADING"};
    private static final String[][] QUESTIONS = {
        {"保养预约咨询", "请问下周六可以做保养吗？"}, {"车辆异响", "开车时底盘有异响，需要检查吗？"},
        {"保险续保", "保险快到期了，续保需要准备什么？"}, {"配件价格", "原厂脚垫多少钱？"},
        {"提车时间", "我的车什么时候可以提？"}, {"发票问题", "发票抬头开错了，能重开吗？"},
        {"导航升级", "车机导航怎么升级？"}, {"贷款手续", "贷款合同什么时候寄出？"}
    };
    private static final String[][] COMPLAINTS = {
        {"交车时发现划痕", "新车左前门有明显划痕，非常失望。"}, {"保养等待太久", "预约了还等了三个小时。"},
        {"服务顾问态度差", "顾问说话很不耐烦。"}, {"承诺的赠品没有兑现", "买车时说送的行车记录仪一直没装。"},
        {"维修后问题依旧", "修过一次，异响还在。"}, {"收费不透明", "结算时多出一笔检测费。"}
    };
    private static final String[] REPLIES = {
        "您好，已收到您的问题，我们马上为您处理。", "非常抱歉给您带来不便，我们已安排专人跟进。", "您好，已为您预约，届时请携带行驶证。", "感谢您的耐心，问题已处理完毕，请您确认。"
    };
    private static final RootCause[] CAUSES = {
        RootCause.PRODUCT_QUALITY,
        RootCause.DELIVERY,
        RootCause.STAFF_ATTITUDE,
        RootCause.BROKEN_PROMISE,
        RootCause.SLOW_RESPONSE,
        RootCause.BILLING,
        RootCause.PRICE,
        RootCause.PROFESSIONALISM
    };

    private final Random random;
    private final Instant now;
    private final BusinessCalendar office =
            BusinessCalendar.weekdays(DemoGenerator.ZONE, LocalTime.of(9, 0), LocalTime.of(18, 0));

    DemoService(long seed, Instant now) {
        this.random = new Random(seed ^ 0x5E_4B1CEL);
        this.now = now;
    }

    /**
     * The demo's service data.
     *
     * @param customerIds database ids, index-aligned with {@code dataset.customers()}
     * @param orderIds database ids, index-aligned with {@code dataset.orders()}; null to skip care stages
     */
    ServiceDemoBatch batch(DemoDataset dataset, List<Long> customerIds, List<Long> orderIds) {
        var tickets = new ArrayList<ServiceDemoBatch.DemoTicket>();
        int count = Math.max(10, dataset.customers().size() * 3 / 5);
        for (int i = 0; i < count; i++) {
            int index = random.nextInt(dataset.customers().size());
            var customer = dataset.customers().get(index);
            tickets.add(ticket(i, customerIds.get(index), customer.teamKey()));
            if (random.nextDouble() < 0.08) {
                // the same customer comes back within days: a repeat contact
                var last = tickets.get(tickets.size() - 1).ticket();
                var again = last.createdAt().plus(Duration.ofHours(24 + random.nextInt(24 * 6)));
                if (again.isBefore(now)) {
                    tickets.add(ticketAt(i + 1_000_000, customerIds.get(index), customer.teamKey(), again));
                }
            }
        }
        var stages = new ArrayList<OrderStageReached>();
        if (orderIds != null) {
            var since = now.minus(Duration.ofDays(100));
            for (int i = 0; i < dataset.orders().size(); i++) {
                var o = dataset.orders().get(i);
                long orderId = orderIds.get(i);
                long customerId = customerIds.get(o.customerIndex());
                add(stages, orderId, customerId, "IN_PROGRESS", o.stages().inProgress(), since);
                add(stages, orderId, customerId, "INSPECTED", o.stages().inspected(), since);
                add(stages, orderId, customerId, "DELIVERED", o.stages().delivered(), since);
            }
        }
        return new ServiceDemoBatch(tickets, stages);
    }

    private void add(
            List<OrderStageReached> stages, long orderId, long customerId, String stage, Instant at, Instant since) {
        if (at != null && at.isAfter(since) && !at.isAfter(now)) {
            stages.add(new OrderStageReached(orderId, customerId, stage, at));
        }
    }

    private ServiceDemoBatch.DemoTicket ticket(int n, long customerId, String teamKey) {
        return ticketAt(n, customerId, teamKey, openingTime());
    }

    /** Mostly office hours; about one in five at night or on a weekend. */
    private Instant openingTime() {
        var day = LocalDate.ofInstant(now, DemoGenerator.ZONE).minusDays(1 + random.nextInt(364));
        boolean offHours = random.nextDouble() < 0.2;
        if (!offHours) {
            while (!office.isWorkingDay(day)) {
                day = day.minusDays(1);
            }
            return day.atTime(9, 0)
                    .plusMinutes(random.nextInt(9 * 60))
                    .atZone(DemoGenerator.ZONE)
                    .toInstant();
        }
        int minute = random.nextBoolean() ? random.nextInt(9 * 60) : 18 * 60 + random.nextInt(6 * 60);
        return day.atStartOfDay().plusMinutes(minute).atZone(DemoGenerator.ZONE).toInstant();
    }

    private ServiceDemoBatch.DemoTicket ticketAt(int n, long customerId, String teamKey, Instant created) {
        var type = pickType();
        var text = type == TicketType.COMPLAINT
                ? COMPLAINTS[random.nextInt(COMPLAINTS.length)]
                : QUESTIONS[random.nextInt(QUESTIONS.length)];
        var messages = new ArrayList<ImportedTicket.Message>();
        var statuses = new ArrayList<ImportedTicket.StatusChange>();
        messages.add(new ImportedTicket.Message(Party.CUSTOMER, false, null, text[1], created));
        var reply = office.addBusinessMinutes(created, replyMinutes(type));
        RootCause cause = null;
        ComplaintStep step = null;
        CompensationKind compensation = null;
        BigDecimal amount = null;
        Integer satisfaction = null;
        Instant satisfactionAt = null;
        if (reply.isBefore(now)) {
            messages.add(new ImportedTicket.Message(Party.AGENT, false, null, REPLIES[random.nextInt(2)], reply));
            statuses.add(new ImportedTicket.StatusChange(TicketStatus.OPEN, reply));
            var last = reply;
            if (random.nextDouble() < 0.25) {
                var pending = last.plus(Duration.ofMinutes(5));
                var back = pending.plus(Duration.ofHours(4 + random.nextInt(60)));
                if (back.isBefore(now)) {
                    statuses.add(new ImportedTicket.StatusChange(TicketStatus.PENDING_CUSTOMER, pending));
                    messages.add(new ImportedTicket.Message(Party.CUSTOMER, false, null, "好的，我确认一下。", back));
                    statuses.add(new ImportedTicket.StatusChange(TicketStatus.OPEN, back));
                    last = back;
                }
            } else if (random.nextDouble() < 0.3) {
                var follow = last.plus(Duration.ofMinutes(20 + random.nextInt(600)));
                if (follow.isBefore(now)) {
                    messages.add(new ImportedTicket.Message(Party.CUSTOMER, false, null, "还有一个问题想确认。", follow));
                    last = follow;
                }
            }
            if (last != reply) {
                var answer = office.addBusinessMinutes(last, 10 + random.nextInt(180));
                if (answer.isBefore(now)) {
                    messages.add(new ImportedTicket.Message(Party.AGENT, false, null, REPLIES[3], answer));
                    last = answer;
                }
            }
            var solved = office.addBusinessMinutes(
                    last, random.nextDouble() < 0.06 ? 1500 + random.nextInt(3000) : 5 + random.nextInt(480));
            if (solved.isBefore(now)) {
                statuses.add(new ImportedTicket.StatusChange(TicketStatus.SOLVED, solved));
                var closed = solved.plus(Duration.ofDays(3));
                if (closed.isBefore(now)) {
                    statuses.add(new ImportedTicket.StatusChange(TicketStatus.CLOSED, closed));
                }
                if (type == TicketType.COMPLAINT) {
                    cause = CAUSES[random.nextInt(CAUSES.length)];
                    step = ComplaintStep.FOLLOWED_UP;
                    compensation = pickCompensation(cause);
                    amount = compensation == CompensationKind.VOUCHER || compensation == CompensationKind.REFUND
                            ? BigDecimal.valueOf(100L * (1 + random.nextInt(10)))
                            : null;
                    long hours = Duration.between(created, solved).toHours();
                    satisfaction = Math.max(1, Math.min(5, (hours < 24 ? 5 : hours < 72 ? 4 : 3) - random.nextInt(2)));
                    satisfactionAt =
                            solved.plus(Duration.ofDays(2)).isBefore(now) ? solved.plus(Duration.ofDays(2)) : null;
                    if (satisfactionAt == null) {
                        satisfaction = null;
                    }
                }
            }
        }
        var priority = pickPriority(type);
        var channel = pickChannel();
        var ticket = new ImportedTicket(
                "demo-" + n,
                customerId,
                null,
                type == TicketType.COMPLAINT ? "交车" : null,
                type,
                priority,
                channel,
                text[0],
                null,
                null,
                created,
                messages,
                statuses,
                cause,
                cause == null ? null : step,
                compensation,
                amount,
                null,
                satisfaction,
                satisfactionAt);
        return new ServiceDemoBatch.DemoTicket(ticket, agentFor(teamKey));
    }

    /** Business minutes to the first reply: mostly prompt, a long tail that breaches. */
    private long replyMinutes(TicketType type) {
        double u = random.nextDouble();
        if (u < 0.06) {
            return 300 + random.nextInt(900);
        }
        double median = type == TicketType.COMPLAINT ? 25 : 45;
        return Math.max(1, Math.round(median * Math.exp(0.8 * random.nextGaussian())));
    }

    private TicketType pickType() {
        double u = random.nextDouble();
        return u < 0.55 ? TicketType.QUESTION : u < 0.8 ? TicketType.REQUEST : TicketType.COMPLAINT;
    }

    private TicketPriority pickPriority(TicketType type) {
        double u = random.nextDouble();
        if (type == TicketType.COMPLAINT) {
            return u < 0.3 ? TicketPriority.HIGH : TicketPriority.NORMAL;
        }
        return u < 0.03
                ? TicketPriority.URGENT
                : u < 0.13 ? TicketPriority.HIGH : u < 0.25 ? TicketPriority.LOW : TicketPriority.NORMAL;
    }

    private TicketChannel pickChannel() {
        double u = random.nextDouble();
        return u < 0.4
                ? TicketChannel.PHONE
                : u < 0.65
                        ? TicketChannel.WECHAT
                        : u < 0.8 ? TicketChannel.STORE : u < 0.92 ? TicketChannel.WEB : TicketChannel.EMAIL;
    }

    private CompensationKind pickCompensation(RootCause cause) {
        return switch (cause) {
            case PRODUCT_QUALITY -> random.nextBoolean() ? CompensationKind.REPAIR : CompensationKind.REPLACEMENT;
            case BILLING, PRICE -> CompensationKind.REFUND;
            case BROKEN_PROMISE -> CompensationKind.GIFT;
            case SLOW_RESPONSE, DELIVERY -> CompensationKind.VOUCHER;
            default -> CompensationKind.APOLOGY;
        };
    }

    private String agentFor(String teamKey) {
        for (var store : STORES) {
            if (store.equals(teamKey)) {
                return "service." + store.toLowerCase(Locale.ROOT);
            }
        }
        return random.nextDouble() < 0.2
                ? "manager.service"
                : "service." + STORES[random.nextInt(STORES.length)].toLowerCase(Locale.ROOT);
    }
}
