package dev.touchpoint.server.demo;

import dev.touchpoint.server.demo.DemoDataset.CustomerSpec;
import dev.touchpoint.server.sales.ActivityKind;
import dev.touchpoint.server.sales.Assessment;
import dev.touchpoint.server.sales.Attitude;
import dev.touchpoint.server.sales.BuyingRole;
import dev.touchpoint.server.sales.CloseReason;
import dev.touchpoint.server.sales.ExitCriterion;
import dev.touchpoint.server.sales.FirstContact;
import dev.touchpoint.server.sales.FollowUpChannel;
import dev.touchpoint.server.sales.FollowUpTopic;
import dev.touchpoint.server.sales.HandlingMethod;
import dev.touchpoint.server.sales.IntentClass;
import dev.touchpoint.server.sales.LeadSource;
import dev.touchpoint.server.sales.MemberInput;
import dev.touchpoint.server.sales.NewLead;
import dev.touchpoint.server.sales.NewObjection;
import dev.touchpoint.server.sales.ObjectionType;
import dev.touchpoint.server.sales.OpportunityStatus;
import dev.touchpoint.server.sales.PersonalProfile;
import dev.touchpoint.server.sales.Position;
import dev.touchpoint.server.sales.Research;
import dev.touchpoint.server.sales.SalesDemoData;
import dev.touchpoint.server.sales.SalesDemoData.DemoActivity;
import dev.touchpoint.server.sales.SalesDemoData.DemoFollowUp;
import dev.touchpoint.server.sales.SalesDemoData.DemoLead;
import dev.touchpoint.server.sales.SalesDemoData.DemoOpportunity;
import dev.touchpoint.server.sales.SalesStage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Demo sales history for the dealership group, deterministic for a seed: graded store leads in every
 * class with their follow-up history (some overdue), customers in sales care with a few reclaimed to
 * the pool, and a dozen fleet opportunities at every stage with buying centres, activities and
 * objections. Load with {@code salesApi.loadDemo(new DemoSales(seed, now).build(dataset, customerIds))}.
 */
final class DemoSales {

    private static final String[] STORES = {"PUDONG", "MINHANG", "JIADING"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "朱"};
    private static final String[] GIVEN_MALE = {"伟", "强", "磊", "勇", "军", "杰", "涛", "明", "浩", "鹏"};
    private static final String[] GIVEN_FEMALE = {"芳", "娜", "敏", "静", "艳", "丽", "婷", "雪", "琳", "慧"};
    private static final String[] MODELS = {"星途 L 轿车", "星途 X SUV", "星途 E 纯电", "星途 MPV 商务", "星途 L 混动"};
    private static final int[] CADENCE_DAYS = {2, 7, 14, 30};
    private static final FollowUpChannel[][] CHANNELS = {
        {FollowUpChannel.VISIT, FollowUpChannel.CALL},
        {FollowUpChannel.CALL},
        {FollowUpChannel.SMS, FollowUpChannel.WECHAT},
        {FollowUpChannel.SMS}
    };
    private static final String[] OUTCOMES = {
        "客户已收到资料，约周末到店", "电话未接通，已发短信", "客户在比较竞品，关注油耗", "客户对试驾满意，等家人意见", "客户询问置换政策", "闲聊家常，客户心情不错"
    };
    private static final SalesStage[] FLEET_STAGES = {
        SalesStage.QUALIFY,
        SalesStage.QUALIFY,
        SalesStage.RELATIONSHIP,
        SalesStage.RELATIONSHIP,
        SalesStage.TECHNICAL,
        SalesStage.TECHNICAL,
        SalesStage.TENDER,
        SalesStage.TENDER,
        SalesStage.NEGOTIATION,
        SalesStage.DELIVERY,
        SalesStage.TENDER,
        SalesStage.TECHNICAL
    };

    private final Random random;
    private final Instant now;
    private final LocalDate today;

    DemoSales(long seed, Instant now) {
        this.random = new Random(seed ^ 0x5A1E5L);
        this.now = now;
        this.today = LocalDate.ofInstant(now, DemoGenerator.ZONE);
    }

    /** The sales history; {@code customerIds} are the stored ids of {@code dataset.customers()}, index-aligned. */
    SalesDemoData build(DemoDataset dataset, List<Long> customerIds) {
        Map<String, String> teamNames = new HashMap<>();
        dataset.teams().forEach(t -> teamNames.put(t.key(), t.name()));
        var leads = new ArrayList<DemoLead>();
        for (var store : STORES) {
            for (int i = 0; i < 16; i++) {
                leads.add(lead(store, teamNames.get(store), i));
            }
        }
        var accounts = new ArrayList<SalesDemoData.DemoAccount>();
        var opportunities = new ArrayList<DemoOpportunity>();
        int fleet = 0;
        for (int i = 0; i < dataset.customers().size(); i++) {
            var c = dataset.customers().get(i);
            if (c.organisation() && "FLEET".equals(c.teamKey()) && fleet < FLEET_STAGES.length) {
                opportunities.add(opportunity(c, customerIds.get(i), teamNames.get("FLEET"), fleet++));
            } else if (!c.organisation() && c.teamKey() != null && isStore(c.teamKey()) && random.nextDouble() < 0.08) {
                accounts.add(account(c, customerIds.get(i), teamNames.get(c.teamKey())));
            }
        }
        return new SalesDemoData(leads, accounts, opportunities);
    }

    private DemoLead lead(String store, String teamName, int i) {
        var owner = "sales." + store.toLowerCase(Locale.ROOT) + (1 + i % 3);
        var name = leadName();
        var model = MODELS[random.nextInt(MODELS.length)];
        var created = now.minus(Duration.ofDays(3 + random.nextInt(60))).minus(Duration.ofHours(random.nextInt(8)));
        var source = LeadSource.values()[random.nextInt(6)];
        var lead = new NewLead(
                name,
                null,
                "1" + (35 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)),
                null,
                source,
                model,
                null,
                null,
                null);
        if (i % 8 == 7) {
            return new DemoLead(lead, owner, teamName, created, null, null, List.of(), null, null);
        }
        var intent = IntentClass.values()[i % 4];
        boolean money = intent.ordinal() <= 1 || random.nextBoolean();
        var contact = new FirstContact(
                intent,
                money,
                random.nextDouble() < 0.6,
                intent != IntentClass.D,
                "对" + model + "的空间很满意，加速性能没讲清楚",
                "下周提供加速性能和油耗对比资料",
                "如在别处看中车型可帮忙参谋");
        var first = created.plus(Duration.ofHours(1));
        var followUps = followUps(intent, first);
        // a few neglected leads went back to the pool
        Instant pooled = i % 8 == 6 ? first.plus(Duration.ofDays(CADENCE_DAYS[intent.ordinal()] + 8L)) : null;
        if (pooled != null && pooled.isAfter(now)) {
            pooled = now.minus(Duration.ofDays(1));
        }
        return new DemoLead(
                lead,
                owner,
                teamName,
                created,
                contact,
                first,
                pooled == null ? followUps : followUps.subList(0, 1),
                pooled,
                pooled == null ? null : "NO_FOLLOW_UP");
    }

    /**
     * A lead's name as a showroom records it: the full name when the visitor gave it, otherwise the
     * surname with the polite form (王女士) — never both run together.
     */
    private String leadName() {
        var surname = SURNAMES[random.nextInt(SURNAMES.length)];
        boolean male = random.nextBoolean();
        if (random.nextDouble() < 0.4) {
            return surname + (male ? "先生" : "女士");
        }
        var given = male ? GIVEN_MALE : GIVEN_FEMALE;
        return surname
                + given[random.nextInt(given.length)]
                + (random.nextDouble() < 0.3 ? given[random.nextInt(given.length)] : "");
    }

    private List<DemoFollowUp> followUps(IntentClass intent, Instant first) {
        var list = new ArrayList<DemoFollowUp>();
        int days = CADENCE_DAYS[intent.ordinal()];
        var channels = CHANNELS[intent.ordinal()];
        var due = LocalDate.ofInstant(first, DemoGenerator.ZONE).plusDays(days);
        int seq = 1;
        while (true) {
            var channel = channels[(seq - 1) % channels.length];
            var topic = FollowUpTopic.values()[(seq - 1) % FollowUpTopic.values().length];
            // the latest one stays open; some of those are overdue
            boolean last = due.plusDays(days).isAfter(today) || seq >= 6;
            if (last) {
                var openDue = random.nextDouble() < 0.3 ? today.minusDays(1 + random.nextInt(3)) : due;
                list.add(new DemoFollowUp(openDue, channel, topic, seq, null, null));
                return list;
            }
            var done = due.atTime(10 + random.nextInt(8), random.nextInt(60))
                    .atZone(DemoGenerator.ZONE)
                    .toInstant();
            list.add(new DemoFollowUp(due, channel, topic, seq, done, OUTCOMES[random.nextInt(OUTCOMES.length)]));
            due = due.plusDays(days);
            seq++;
        }
    }

    private SalesDemoData.DemoAccount account(CustomerSpec c, long id, String teamName) {
        var assigned = c.acquiredAt().isAfter(now.minus(Duration.ofDays(200)))
                ? c.acquiredAt()
                : now.minus(Duration.ofDays(200));
        boolean neglected = random.nextDouble() < 0.3;
        var last = neglected ? assigned.plus(Duration.ofDays(5)) : now.minus(Duration.ofDays(1 + random.nextInt(40)));
        var pooled = neglected ? last.plus(Duration.ofDays(91)) : null;
        if (pooled != null && pooled.isAfter(now)) {
            pooled = now.minus(Duration.ofDays(2));
        }
        return new SalesDemoData.DemoAccount(
                id,
                c.name(),
                c.tier(),
                c.ownerUsername(),
                teamName,
                assigned,
                last,
                pooled,
                pooled == null ? null : "NO_FOLLOW_UP");
    }

    private DemoOpportunity opportunity(CustomerSpec c, long customerId, String teamName, int n) {
        var stage = FLEET_STAGES[n];
        boolean lost = n >= 10;
        var created = now.minus(Duration.ofDays(40L + 15L * stage.ordinal() + random.nextInt(20)));
        var changed = now.minus(Duration.ofDays(3 + random.nextInt(12)));
        int vehicles = 5 + random.nextInt(40);
        var amount = BigDecimal.valueOf(vehicles * 165_000L);
        var position = random.nextDouble() < 0.55 ? Position.ADVANTAGE : Position.DISADVANTAGE;
        var members = members(c, stage, changed);
        var ticked = new HashSet<ExitCriterion>();
        for (var criterion : ExitCriterion.values()) {
            if (!criterion.automatic() && criterion.stage().ordinal() < stage.ordinal()) {
                ticked.add(criterion);
            }
        }
        var status = lost ? OpportunityStatus.LOST : stage.isLast() ? OpportunityStatus.WON : OpportunityStatus.OPEN;
        var reason = lost
                ? (n == 10 ? CloseReason.PRICE : CloseReason.TECHNICAL_STANDARD)
                : status == OpportunityStatus.WON ? CloseReason.RELATIONSHIP : null;
        var assessment = new Assessment(
                3 + random.nextInt(3),
                2 + random.nextInt(4),
                2 + random.nextInt(4),
                stage.ordinal() >= 2 ? 3 + random.nextInt(3) : 1 + random.nextInt(3),
                2 + random.nextInt(4));
        return new DemoOpportunity(
                customerId,
                vehicles + " 辆" + MODELS[n % MODELS.length] + "车队采购",
                amount,
                today.plusDays(20L + 25L * (5 - stage.ordinal()) + random.nextInt(30)),
                null,
                stage,
                position,
                position == Position.ADVANTAGE ? "上汽大众 集团客户部" : "比亚迪 大客户部, 吉利 商用车",
                status,
                reason,
                c.ownerUsername(),
                teamName,
                created,
                changed,
                lost || stage.isLast() ? changed : null,
                assessment,
                ticked,
                members,
                activities(stage, created, members.size()),
                objections(stage, created),
                research(c));
    }

    private List<MemberInput> members(CustomerSpec c, SalesStage stage, Instant changed) {
        var list = new ArrayList<MemberInput>();
        var roles = Map.of(
                "车队经理",
                BuyingRole.USER,
                "采购主管",
                BuyingRole.PURCHASER,
                "财务经理",
                BuyingRole.FINANCE,
                "总经理",
                BuyingRole.DECISION_MAKER);
        for (var contact : c.contacts()) {
            var role = roles.getOrDefault(contact.title(), BuyingRole.USER);
            boolean met = role != BuyingRole.DECISION_MAKER || stage.ordinal() >= SalesStage.TENDER.ordinal();
            boolean profile = role == BuyingRole.DECISION_MAKER || role == BuyingRole.USER;
            list.add(new MemberInput(
                    contact.name(),
                    contact.title(),
                    contact.phone(),
                    role,
                    role == BuyingRole.USER,
                    role == BuyingRole.DECISION_MAKER,
                    role == BuyingRole.USER ? Attitude.SUPPORTER : Attitude.NEUTRAL,
                    met ? changed.minus(Duration.ofDays(random.nextInt(45))) : null,
                    profile
                            ? new PersonalProfile(
                                    LocalDate.of(
                                            1968 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                                    "浙江宁波",
                                    random.nextBoolean() ? "同济大学" : "上海交通大学",
                                    random.nextBoolean() ? "钓鱼、打高尔夫" : "喜欢喝普洱茶、看球",
                                    "一儿一女")
                            : null,
                    null));
        }
        if (stage.ordinal() >= SalesStage.RELATIONSHIP.ordinal()) {
            list.add(new MemberInput(
                    "技术主管" + SURNAMES[random.nextInt(SURNAMES.length)] + "工",
                    "车辆技术主管",
                    null,
                    BuyingRole.TECHNICAL,
                    false,
                    false,
                    Attitude.NEUTRAL,
                    changed.minus(Duration.ofDays(random.nextInt(20))),
                    null,
                    null));
        }
        return list;
    }

    private List<DemoActivity> activities(SalesStage stage, Instant created, int members) {
        var list = new ArrayList<DemoActivity>();
        list.add(new DemoActivity(ActivityKind.PHONE, 0, "首次电话沟通，了解车队更新计划", created.plus(Duration.ofDays(1))));
        list.add(new DemoActivity(ActivityKind.VISIT, 1, "登门拜访采购主管，递交公司资料", created.plus(Duration.ofDays(6))));
        if (stage.ordinal() >= SalesStage.RELATIONSHIP.ordinal()) {
            list.add(new DemoActivity(
                    ActivityKind.BUSINESS_EVENT, 0, "邀请车队经理参加车友会活动", created.plus(Duration.ofDays(15))));
            list.add(new DemoActivity(ActivityKind.GIFT, 0, "中秋送月饼礼盒", created.plus(Duration.ofDays(20))));
        }
        if (stage.ordinal() >= SalesStage.TECHNICAL.ordinal()) {
            list.add(new DemoActivity(
                    ActivityKind.TECH_EXCHANGE, members - 1, "新能源商用车技术交流会", created.plus(Duration.ofDays(28))));
            list.add(new DemoActivity(ActivityKind.SAMPLES, -1, "提供两辆样车试用两周", created.plus(Duration.ofDays(32))));
        }
        if (stage.ordinal() >= SalesStage.TENDER.ordinal()) {
            list.add(new DemoActivity(
                    ActivityKind.SITE_TOUR, 3 < members ? 3 : 0, "邀请总经理参观工厂和交付中心", created.plus(Duration.ofDays(45))));
        }
        if (stage.ordinal() >= SalesStage.NEGOTIATION.ordinal()) {
            list.add(new DemoActivity(ActivityKind.SEMINAR, -1, "大客户新品推介会", created.plus(Duration.ofDays(60))));
        }
        return list.stream().filter(a -> a.at().isBefore(now)).toList();
    }

    private List<NewObjection> objections(SalesStage stage, Instant created) {
        var list = new ArrayList<NewObjection>();
        list.add(new NewObjection(
                ObjectionType.PRICE,
                "你们的报价比竞品高 5%",
                HandlingMethod.COMPENSATE,
                "算全生命周期成本：保养和残值更优",
                stage.ordinal() >= SalesStage.NEGOTIATION.ordinal(),
                created.plus(Duration.ofDays(10))));
        if (stage.ordinal() >= SalesStage.TECHNICAL.ordinal()) {
            list.add(new NewObjection(
                    ObjectionType.AUTHORITY,
                    "这事我说了不算，要总经理拍板",
                    HandlingMethod.QUESTION,
                    "请内线引荐总经理",
                    stage.ordinal() >= SalesStage.TENDER.ordinal(),
                    created.plus(Duration.ofDays(25))));
        }
        if (stage == SalesStage.TENDER) {
            list.add(new NewObjection(
                    ObjectionType.BUDGET,
                    "今年预算只够一半车辆",
                    HandlingMethod.YES_IF,
                    "是的，如果采用融资租赁可以一次到位",
                    false,
                    created.plus(Duration.ofDays(40))));
        }
        if (stage == SalesStage.QUALIFY) {
            list.add(new NewObjection(
                    ObjectionType.SOURCE,
                    "没听说过你们能做车队业务",
                    HandlingMethod.PREVENT,
                    "带上同行业客户证言",
                    true,
                    created.plus(Duration.ofDays(3))));
        }
        return list.stream().filter(o -> o.at().isBefore(now)).toList();
    }

    private Research research(CustomerSpec c) {
        return new Research(
                c.industry() + "企业，车队约 " + (30 + random.nextInt(200)) + " 辆，信用良好",
                "目前主要使用竞品车型，对售后响应不满意",
                "明年一季度更新车队，逐步替换为新能源车",
                "总经理最终审批，采购主管负责比价",
                "年底前完成招标",
                (2 + random.nextInt(8)) + " 百万元",
                "公开招标，技术评分 60%，价格 40%",
                null);
    }

    private static boolean isStore(String key) {
        for (var s : STORES) {
            if (s.equals(key)) {
                return true;
            }
        }
        return false;
    }
}
