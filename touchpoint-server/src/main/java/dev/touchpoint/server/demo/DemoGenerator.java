package dev.touchpoint.server.demo;

import dev.touchpoint.server.demo.DemoCatalogue.Item;
import dev.touchpoint.server.demo.DemoDataset.ConsentSpec;
import dev.touchpoint.server.demo.DemoDataset.ContactSpec;
import dev.touchpoint.server.demo.DemoDataset.CustomerSpec;
import dev.touchpoint.server.demo.DemoDataset.LineSpec;
import dev.touchpoint.server.demo.DemoDataset.OrderSpec;
import dev.touchpoint.server.demo.DemoDataset.StageTimes;
import dev.touchpoint.server.demo.DemoDataset.TeamSpec;
import dev.touchpoint.server.demo.DemoDataset.UserSpec;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * Generates the demo dealership group deterministically from a seed: teams, staff, customers with
 * realistic Chinese names, phones and addresses, and three years of orders with repeat behaviour —
 * services about every six months, yearly insurance renewals, accessory purchases, fleet orders with
 * credit terms — and lapsing customers.
 */
final class DemoGenerator {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] STORES = {"PUDONG", "MINHANG", "JIADING"};
    private static final String[] STORE_NAMES = {"星途汽车 浦东4S店", "星途汽车 闵行4S店", "星途汽车 嘉定4S店"};
    private static final String[] SOURCES = {"WALK_IN", "WEB", "AUTO_SHOW", "REFERRAL", "PHONE", "WECHAT"};
    private static final double[] SOURCE_WEIGHTS = {0.34, 0.22, 0.10, 0.16, 0.08, 0.10};
    private static final String[] TAGS = {"新能源意向", "置换客户", "家庭用户", "商务用车", "首购", "增购", "车友会"};
    private static final String[] INDUSTRIES = {"物流", "租赁", "建筑", "制造", "商贸", "医药", "旅游", "政企"};
    private static final String[] COMPANY_WORDS = {
        "宏达", "顺通", "华信", "中联", "嘉禾", "新锐", "恒泰", "瑞丰", "东方", "远景", "金桥", "天成", "汇通", "博远", "安泰", "万隆"
    };
    private static final String[] COMPANY_SECOND = {
        "盛", "达", "祥", "鑫", "源", "德", "兴", "昌", "和", "安", "福", "通", "信", "泰", "华", "弘"
    };
    private static final String[] COMPANY_KINDS = {
        "物流有限公司", "汽车租赁有限公司", "建设集团有限公司", "制造有限公司", "商贸有限公司", "医药有限公司", "旅游客运有限公司", "科技有限公司"
    };

    // the twenty most common surnames carry over half the population (census figures, per cent)
    private static final String[] COMMON_SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"
    };
    private static final double[] SURNAME_SHARES = {
        7.1, 7.0, 6.8, 5.4, 4.5, 3.1, 2.2, 2.0, 1.9, 1.9, 1.5, 1.5, 1.4, 1.3, 1.2, 1.2, 1.1, 1.1, 1.0, 1.0
    };
    private static final double COMMON_SHARE =
            java.util.Arrays.stream(SURNAME_SHARES).sum();

    private final Random random;
    private final Faker faker;
    private final Instant now;
    private final LocalDate today;
    private final Set<String> phones = new HashSet<>();

    DemoGenerator(long seed, Instant now) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.SIMPLIFIED_CHINESE, new Random(seed ^ 0x5DEECE66DL));
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZONE);
    }

    DemoDataset generate(int customerCount) {
        var teams = teams();
        var users = users();
        var customers = new ArrayList<CustomerSpec>(customerCount);
        var orders = new ArrayList<OrderSpec>(customerCount * 10);
        int fleet = Math.max(1, customerCount / 25);
        int accessoryOnly = customerCount / 10;
        for (int i = 0; i < customerCount; i++) {
            if (i < fleet) {
                customers.add(fleetCustomer(i));
                fleetOrders(i, customers.get(i), orders);
            } else if (i < fleet + accessoryOnly) {
                customers.add(accessoryCustomer());
                accessoryOrders(i, customers.get(i), orders);
            } else {
                var store = random.nextInt(STORES.length);
                customers.add(storeCustomer(store));
                storeOrders(i, store, customers.get(i), orders);
            }
        }
        return new DemoDataset(teams, users, customers, orders);
    }

    private List<TeamSpec> teams() {
        var teams = new ArrayList<TeamSpec>();
        for (int s = 0; s < STORES.length; s++) {
            teams.add(new TeamSpec(STORES[s], STORE_NAMES[s], Team.Kind.SITE));
        }
        teams.add(new TeamSpec("ACCESSORY", "星途精品配件店", Team.Kind.SITE));
        teams.add(new TeamSpec("FLEET", "大客户部 (集团车队销售)", Team.Kind.SALES_GROUP));
        teams.add(new TeamSpec("SERVICE", "客户服务中心", Team.Kind.SERVICE_GROUP));
        return teams;
    }

    private List<UserSpec> users() {
        var users = new ArrayList<UserSpec>();
        for (int s = 0; s < STORES.length; s++) {
            var key = STORES[s];
            var lower = key.toLowerCase(Locale.ROOT);
            users.add(new UserSpec("manager." + lower, chineseName() + "（店总）", Role.MANAGER, List.of(key)));
            for (int r = 1; r <= 3; r++) {
                users.add(new UserSpec("sales." + lower + r, chineseName(), Role.SALES, List.of(key)));
            }
            users.add(new UserSpec("service." + lower, chineseName(), Role.SERVICE, List.of(key, "SERVICE")));
        }
        users.add(new UserSpec("manager.accessory", chineseName() + "（店长）", Role.MANAGER, List.of("ACCESSORY")));
        users.add(new UserSpec("sales.accessory1", chineseName(), Role.SALES, List.of("ACCESSORY")));
        users.add(new UserSpec("manager.fleet", chineseName() + "（大客户总监）", Role.MANAGER, List.of("FLEET")));
        users.add(new UserSpec("sales.fleet1", chineseName(), Role.SALES, List.of("FLEET")));
        users.add(new UserSpec("sales.fleet2", chineseName(), Role.SALES, List.of("FLEET")));
        users.add(new UserSpec("manager.service", chineseName() + "（客服经理）", Role.MANAGER, List.of("SERVICE")));
        users.add(new UserSpec("analyst", chineseName() + "（数据分析）", Role.ANALYST, List.of()));
        return users;
    }

    private CustomerSpec storeCustomer(int store) {
        var lower = STORES[store].toLowerCase(Locale.ROOT);
        var owner = "sales." + lower + (1 + random.nextInt(3));
        var acquired = acquisitionInstant();
        var name = chineseName();
        return new CustomerSpec(
                false,
                name,
                uniquePhone(),
                maybeEmail(0.35),
                tier(),
                source(),
                owner,
                STORES[store],
                tags(),
                random.nextBoolean() ? "M" : "F",
                birthday(),
                "上海",
                address(),
                null,
                acquired,
                List.of(),
                consents(acquired),
                null);
    }

    private CustomerSpec accessoryCustomer() {
        var acquired = acquisitionInstant();
        return new CustomerSpec(
                false,
                chineseName(),
                uniquePhone(),
                maybeEmail(0.25),
                random.nextDouble() < 0.7 ? "SMALL" : "NORMAL",
                random.nextBoolean() ? "WALK_IN" : "WECHAT",
                "sales.accessory1",
                "ACCESSORY",
                List.of(),
                random.nextBoolean() ? "M" : "F",
                birthday(),
                "上海",
                address(),
                null,
                acquired,
                List.of(),
                consents(acquired),
                null);
    }

    private CustomerSpec fleetCustomer(int i) {
        var kind = random.nextInt(COMPANY_KINDS.length);
        // 16 × 16 distinct trade names, then the district tells them apart
        var trade = COMPANY_WORDS[i % COMPANY_WORDS.length]
                + COMPANY_SECOND[(i / COMPANY_WORDS.length) % COMPANY_SECOND.length];
        var place = i < 256 ? "上海" : "上海" + new String[] {"浦东", "闵行", "嘉定", "松江"}[(i / 256) % 4];
        var name = place + trade + COMPANY_KINDS[kind];
        var acquired = acquisitionInstant();
        var contacts = List.of(
                new ContactSpec(chineseName(), "车队经理", uniquePhone(), null),
                new ContactSpec(chineseName(), "采购主管", uniquePhone(), null),
                new ContactSpec(chineseName(), "财务经理", uniquePhone(), null),
                new ContactSpec(chineseName(), "总经理", uniquePhone(), null));
        var limit = BigDecimal.valueOf(500_000L * (1 + random.nextInt(8))).setScale(2);
        return new CustomerSpec(
                true,
                name,
                "021-" + (50_000_000 + random.nextInt(49_999_999)),
                null,
                random.nextDouble() < 0.4 ? "VIP" : "KEY",
                random.nextBoolean() ? "REFERRAL" : "AUTO_SHOW",
                "sales.fleet" + (1 + random.nextInt(2)),
                "FLEET",
                List.of("大客户"),
                null,
                null,
                "上海",
                address(),
                INDUSTRIES[kind],
                acquired,
                contacts,
                List.of(new ConsentSpec("PHONE", true, acquired, "合同约定")),
                limit);
    }

    private void storeOrders(int index, int store, CustomerSpec c, List<OrderSpec> orders) {
        var team = STORES[store];
        var rep = c.ownerUsername();
        var service = "service." + team.toLowerCase(Locale.ROOT);
        boolean boughtCar = random.nextDouble() < 0.85;
        var start = c.acquiredAt();
        if (boughtCar) {
            orders.add(carOrder(index, team, rep, start));
        } else {
            orders.add(simpleOrder(index, team, rep, start, List.of(line(pick(DemoCatalogue.ACCESSORIES), 1))));
        }
        // the probability of lapsing at each six-month contact: some customers stop coming
        double lapse = 0.03 + random.nextDouble() * 0.14;
        var t = start;
        int services = 0;
        var nextInsurance = start.plus(Duration.ofDays(365));
        while (true) {
            t = t.plus(Duration.ofDays(Math.max(60, Math.round(182 + random.nextGaussian() * 25))));
            if (t.isAfter(now) || random.nextDouble() < lapse) {
                break;
            }
            var lines = new ArrayList<LineSpec>();
            var item = !boughtCar
                    ? DemoCatalogue.REGULAR_SERVICE
                    : services == 0
                            ? DemoCatalogue.FIRST_SERVICE
                            : services % 3 == 2 ? DemoCatalogue.MAJOR_SERVICE : DemoCatalogue.REGULAR_SERVICE;
            lines.add(line(item, 1));
            if (random.nextDouble() < 0.35) {
                lines.add(line(DemoCatalogue.CAR_WASH, 1));
            }
            if (random.nextDouble() < 0.2) {
                lines.add(line(pick(DemoCatalogue.ACCESSORIES), 1));
            }
            if (services >= 4 && random.nextDouble() < 0.15) {
                lines.add(line(DemoCatalogue.TYRES, 1));
            }
            orders.add(simpleOrder(index, team, service, t, lines));
            services++;
            if (boughtCar && !nextInsurance.isAfter(t) && random.nextDouble() < 0.75) {
                orders.add(simpleOrder(
                        index,
                        team,
                        rep,
                        nextInsurance,
                        List.of(line(DemoCatalogue.COMPULSORY, 1), line(DemoCatalogue.COMMERCIAL, 1))));
                nextInsurance = nextInsurance.plus(Duration.ofDays(365));
            }
        }
        // washes and quick care between services, while the customer keeps coming
        if (boughtCar) {
            careVisits(index, team, service, start, t.isAfter(now) ? now : t, orders);
        }
    }

    private void careVisits(
            int index, String team, String service, Instant from, Instant until, List<OrderSpec> orders) {
        double perMonth = random.nextDouble() < 0.25 ? 0.05 : 0.3 + random.nextDouble() * 1.1;
        var t = from;
        while (true) {
            double gapDays = -Math.log(1 - random.nextDouble()) * 30.4 / perMonth;
            t = t.plus(Duration.ofMinutes(Math.round(gapDays * 24 * 60)));
            if (!t.isBefore(until)) {
                return;
            }
            var item = random.nextDouble() < 0.85 ? DemoCatalogue.CAR_WASH : pick(DemoCatalogue.ACCESSORIES);
            orders.add(simpleOrder(index, team, service, t, List.of(line(item, 1))));
        }
    }

    private void accessoryOrders(int index, CustomerSpec c, List<OrderSpec> orders) {
        var t = c.acquiredAt();
        double lapse = 0.1 + random.nextDouble() * 0.3;
        do {
            var lines = new ArrayList<LineSpec>();
            lines.add(line(pick(DemoCatalogue.ACCESSORIES), 1 + (random.nextDouble() < 0.1 ? 1 : 0)));
            if (random.nextDouble() < 0.3) {
                lines.add(line(pick(DemoCatalogue.ACCESSORIES), 1));
            }
            orders.add(simpleOrder(index, "ACCESSORY", c.ownerUsername(), t, lines));
            t = t.plus(Duration.ofDays(40 + random.nextInt(160)));
        } while (t.isBefore(now) && random.nextDouble() > lapse);
    }

    private void fleetOrders(int index, CustomerSpec c, List<OrderSpec> orders) {
        var t = c.acquiredAt();
        do {
            var model = DemoCatalogue.VEHICLES.get(random.nextInt(DemoCatalogue.VEHICLES.size()));
            int qty = 2 + random.nextInt(14);
            var discount = BigDecimal.valueOf(4 + random.nextInt(5)).setScale(2);
            var lines = List.of(
                    new LineSpec(model.sku(), qty, model.price(), discount, model.cost()),
                    line(DemoCatalogue.WARRANTY, qty),
                    line(DemoCatalogue.COMPULSORY, qty));
            var stages = stages(t, 10 + random.nextInt(30));
            // key accounts pay on 60-day terms; a few pay late or not yet
            var due = LocalDate.ofInstant(stages.delivered() != null ? stages.delivered() : t, ZONE)
                    .plusDays(60);
            Instant paid = null;
            double late = random.nextDouble();
            if (late < 0.75) {
                paid = atStartOfDay(due.minusDays(random.nextInt(20)));
            } else if (late < 0.9) {
                paid = atStartOfDay(due.plusDays(10 + random.nextInt(50)));
            }
            if (paid != null && paid.isAfter(now)) {
                paid = null;
            }
            orders.add(new OrderSpec(index, "FLEET", c.ownerUsername(), "VISIT", stages, lines, due, paid));
            if (random.nextDouble() < 0.6) {
                var svc = t.plus(Duration.ofDays(90 + random.nextInt(60)));
                if (svc.isBefore(now)) {
                    orders.add(simpleOrder(
                            index, "FLEET", c.ownerUsername(), svc, List.of(line(DemoCatalogue.REGULAR_SERVICE, qty))));
                }
            }
            t = t.plus(Duration.ofDays(120 + random.nextInt(150)));
        } while (t.isBefore(now) && random.nextDouble() > 0.12);
    }

    private OrderSpec carOrder(int index, String team, String rep, Instant at) {
        var model = DemoCatalogue.VEHICLES.get(weightedVehicle());
        var discount = BigDecimal.valueOf(random.nextInt(11) * 0.5).setScale(2, RoundingMode.HALF_UP);
        var lines = new ArrayList<LineSpec>();
        lines.add(new LineSpec(model.sku(), 1, model.price(), discount, model.cost()));
        lines.add(line(DemoCatalogue.COMPULSORY, 1));
        if (random.nextDouble() < 0.8) {
            lines.add(line(DemoCatalogue.COMMERCIAL, 1));
        }
        if (random.nextDouble() < 0.6) {
            lines.add(line(pick(DemoCatalogue.ACCESSORIES), 1));
        }
        if (random.nextDouble() < 0.25) {
            lines.add(line(DemoCatalogue.WARRANTY, 1));
        }
        var stages = stages(at, 5 + random.nextInt(25));
        var due = LocalDate.ofInstant(at, ZONE).plusDays(7);
        var paid = paidUnlessRecent(stages.delivered() != null ? stages.delivered() : at, due);
        return new OrderSpec(index, team, rep, channelFor(), stages, lines, due, paid);
    }

    private OrderSpec simpleOrder(int index, String team, String rep, Instant at, List<LineSpec> lines) {
        var stages = stages(at, 0);
        var due = LocalDate.ofInstant(at, ZONE);
        // services, washes and accessories are paid at the counter
        return new OrderSpec(index, team, rep, "STORE", stages, lines, due, at.plus(Duration.ofHours(1)));
    }

    private Instant paidUnlessRecent(Instant at, LocalDate due) {
        // car buyers pay on delivery; a share of very recent purchases is still open, some overdue
        if (Duration.between(at, now).toDays() < 20 && random.nextDouble() < 0.3) {
            return null;
        }
        return at.isAfter(now) ? null : at.plus(Duration.ofHours(1));
    }

    /** Stage times: ordered at {@code at}, delivered {@code days} later (same day for services). */
    private StageTimes stages(Instant at, int days) {
        var inProgress = at.plus(Duration.ofHours(days == 0 ? 1 : 24));
        var inspected = at.plus(days == 0 ? Duration.ofHours(2) : Duration.ofDays(Math.max(2, days - 2)));
        var delivered = at.plus(days == 0 ? Duration.ofHours(3) : Duration.ofDays(days));
        return new StageTimes(at, reached(inProgress), reached(inspected), reached(delivered));
    }

    private Instant reached(Instant t) {
        return t.isAfter(now) ? null : t;
    }

    private LineSpec line(Item item, int qty) {
        return new LineSpec(item.sku(), qty, item.price(), BigDecimal.ZERO.setScale(2), item.cost());
    }

    private Item pick(List<Item> items) {
        return items.get(random.nextInt(items.size()));
    }

    private int weightedVehicle() {
        double u = random.nextDouble();
        double[] weights = {0.2, 0.18, 0.2, 0.1, 0.05, 0.15, 0.12};
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (u < acc) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private Instant acquisitionInstant() {
        // slightly more customers recently: the group has been growing
        double u = Math.pow(random.nextDouble(), 0.8);
        long days = Math.round(3 * 365 * (1 - u)) + 1;
        var date = today.minusDays(days);
        var time = LocalTime.of(9 + random.nextInt(10), random.nextInt(60));
        return date.atTime(time).atZone(ZONE).toInstant();
    }

    private Instant atStartOfDay(LocalDate d) {
        return d.atTime(10, 0).atZone(ZONE).toInstant();
    }

    /** A Chinese name whose surname follows the real distribution: 王, 李 and 张 are each about 7%. */
    private String chineseName() {
        double u = random.nextDouble() * 100;
        String surname = null;
        if (u < COMMON_SHARE) {
            double acc = 0;
            for (int i = 0; i < COMMON_SURNAMES.length && surname == null; i++) {
                acc += SURNAME_SHARES[i];
                if (u < acc) {
                    surname = COMMON_SURNAMES[i];
                }
            }
        }
        if (surname == null) {
            surname = faker.name().lastName();
        }
        return surname + faker.name().firstName();
    }

    private String uniquePhone() {
        String phone;
        do {
            phone = "1" + "3456789".charAt(random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        } while (!phones.add(phone));
        return phone;
    }

    private String maybeEmail(double p) {
        if (random.nextDouble() >= p) {
            return null;
        }
        var domains = new String[] {"qq.com", "163.com", "126.com", "sina.com", "outlook.com"};
        return "u" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36) + "@"
                + domains[random.nextInt(domains.length)];
    }

    private String tier() {
        double u = random.nextDouble();
        return u < 0.05 ? "VIP" : u < 0.2 ? "KEY" : u < 0.8 ? "NORMAL" : "SMALL";
    }

    private String source() {
        double u = random.nextDouble();
        double acc = 0;
        for (int i = 0; i < SOURCES.length; i++) {
            acc += SOURCE_WEIGHTS[i];
            if (u < acc) {
                return SOURCES[i];
            }
        }
        return SOURCES[0];
    }

    private String channelFor() {
        return random.nextDouble() < 0.7 ? "STORE" : random.nextBoolean() ? "WEB" : "PHONE";
    }

    private List<String> tags() {
        if (random.nextDouble() < 0.5) {
            return List.of();
        }
        var first = TAGS[random.nextInt(TAGS.length)];
        if (random.nextDouble() < 0.3) {
            var second = TAGS[random.nextInt(TAGS.length)];
            return second.equals(first) ? List.of(first) : List.of(first, second);
        }
        return List.of(first);
    }

    private LocalDate birthday() {
        return LocalDate.of(1965 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private String address() {
        var districts = new String[] {"浦东新区", "闵行区", "嘉定区", "徐汇区", "长宁区", "静安区", "普陀区", "宝山区", "松江区"};
        return "上海市" + districts[random.nextInt(districts.length)]
                + faker.address().streetAddress();
    }

    private List<ConsentSpec> consents(Instant acquired) {
        var consents = new ArrayList<ConsentSpec>();
        consents.add(new ConsentSpec("PHONE", true, acquired, "到店登记"));
        if (random.nextDouble() < 0.7) {
            consents.add(new ConsentSpec("SMS", true, acquired, "到店登记"));
        }
        if (random.nextDouble() < 0.55) {
            consents.add(new ConsentSpec("WECHAT", true, acquired, "扫码关注"));
        }
        if (random.nextDouble() < 0.08) {
            // some customers later ask not to be contacted by SMS
            var withdrawn = acquired.plus(Duration.ofDays(30 + random.nextInt(300)));
            if (withdrawn.isBefore(now)) {
                consents.add(new ConsentSpec("SMS", false, withdrawn, "客户来电要求退订"));
            }
        }
        return consents;
    }
}
