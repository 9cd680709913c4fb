package dev.touchpoint.server.demo;

import dev.touchpoint.server.demo.DemoDataset.ConsentSpec;
import dev.touchpoint.server.demo.DemoDataset.ContactSpec;
import dev.touchpoint.server.demo.DemoDataset.CustomerSpec;
import dev.touchpoint.server.demo.DemoDataset.OrderSpec;
import dev.touchpoint.server.demo.DemoDataset.TeamSpec;
import dev.touchpoint.server.demo.DemoDataset.UserSpec;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import java.math.BigDecimal;
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
 * Generates the demo dealership group deterministically from a seed: teams, staff, and customers with
 * realistic Chinese names, phones and addresses; {@link DemoOrders} gives each customer three years of
 * orders as it is generated.
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
    private final DemoOrders orders;

    DemoGenerator(long seed, Instant now) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.SIMPLIFIED_CHINESE, new Random(seed ^ 0x5DEECE66DL));
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZONE);
        this.orders = new DemoOrders(random, new Random(seed ^ 0x1CE5E11L), now);
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
                this.orders.fleet(i, customers.get(i), orders);
            } else if (i < fleet + accessoryOnly) {
                customers.add(accessoryCustomer());
                this.orders.accessory(i, customers.get(i), orders);
            } else {
                var store = random.nextInt(STORES.length);
                customers.add(storeCustomer(store));
                this.orders.store(i, customers.get(i), orders);
            }
        }
        return new DemoDataset(teams, users, customers, orders, this.orders.readings());
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

    private Instant acquisitionInstant() {
        // slightly more customers recently: the group has been growing
        double u = Math.pow(random.nextDouble(), 0.8);
        long days = Math.round(3 * 365 * (1 - u)) + 1;
        var date = today.minusDays(days);
        var time = LocalTime.of(9 + random.nextInt(10), random.nextInt(60));
        return date.atTime(time).atZone(ZONE).toInstant();
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
