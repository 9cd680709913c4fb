package dev.touchpoint.server.demo;

import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.commerce.NewOrder;
import dev.touchpoint.server.commerce.NewProduct;
import dev.touchpoint.server.commerce.OrderStage;
import dev.touchpoint.server.commerce.ProductKind;
import dev.touchpoint.server.customer.ConsentChannel;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewConsent;
import dev.touchpoint.server.customer.NewContact;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.demo.DemoDataset.CustomerSpec;
import dev.touchpoint.server.demo.DemoDataset.OrderSpec;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.insight.ValueEngineApi;
import dev.touchpoint.server.platform.TouchpointProperties;
import dev.touchpoint.server.sales.SalesApi;
import dev.touchpoint.server.service.ServiceApi;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code --touchpoint.demo=true}, loads the demo business into an empty database (no customers
 * yet) through the modules' public APIs. Demo staff sign in with {@value #DEMO_PASSWORD}.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo-password";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int ORDER_CHUNK = 10_000;
    private static final int CARE_DAYS = 30;

    private final TouchpointProperties properties;
    private final IdentityApi identity;
    private final CustomerApi customers;
    private final CommerceApi commerce;
    private final TouchpointApi touchpoints;
    private final ServiceApi service;
    private final SalesApi sales;
    private final ValueEngineApi value;
    private final dev.touchpoint.server.crosssell.CrossSellApi crossSell;
    private final dev.touchpoint.server.integration.IntegrationApi integrations;
    private final Clock clock;

    DemoDataLoader(
            TouchpointProperties properties,
            IdentityApi identity,
            CustomerApi customers,
            CommerceApi commerce,
            TouchpointApi touchpoints,
            ServiceApi service,
            SalesApi sales,
            ValueEngineApi value,
            dev.touchpoint.server.crosssell.CrossSellApi crossSell,
            dev.touchpoint.server.integration.IntegrationApi integrations,
            Clock clock) {
        this.integrations = integrations;
        this.value = value;
        this.sales = sales;
        this.touchpoints = touchpoints;
        this.crossSell = crossSell;
        this.properties = properties;
        this.identity = identity;
        this.customers = customers;
        this.commerce = commerce;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        if (customers.countAll() > 0) {
            log.info("Demo data not loaded: the database already has customers");
            return;
        }
        long start = System.nanoTime();
        log.info(
                "Loading the demo business ({} customers, seed {})…",
                properties.demoCustomers(),
                properties.demoSeed());
        var now = clock.instant();
        var data = new DemoGenerator(properties.demoSeed(), now).generate(properties.demoCustomers());
        var ids = loadAll(data, properties.demoSeed(), now);
        timed(
                "value engine run (RFM, CLV, lifecycle, warnings)",
                () -> value.runNow(LocalDate.ofInstant(now, DemoGenerator.ZONE)));
        timed("cross-sell mining (association rules, sequences, evaluation)", () -> {
            crossSell.mineNow(LocalDate.ofInstant(now, DemoGenerator.ZONE));
            return null;
        });
        // proactive service as the daily 10:30 job last ran: due first and regular services remind
        // customers (with consent, within the cap) and show on the care and need-rule screens
        var zone = DemoGenerator.ZONE;
        var lastJob = LocalDate.ofInstant(now, zone).atTime(10, 30).atZone(zone).toInstant();
        var proactiveAt = lastJob.isAfter(now) ? lastJob.minus(java.time.Duration.ofDays(1)) : lastJob;
        timed("proactive service for due service needs", () -> crossSell.proactiveServiceAt(proactiveAt));
        log.info(
                "Demo business loaded in {} ms: {} customers, {} orders, {} staff (password '{}')",
                (System.nanoTime() - start) / 1_000_000,
                ids.customers().size(),
                data.orders().size(),
                data.users().size(),
                DEMO_PASSWORD);
    }

    /** Ids the loaded records received, for the later stages of the load. */
    record LoadedIds(
            Map<String, Long> teams,
            Map<String, Long> users,
            List<Long> customers,
            Map<String, Long> products,
            List<Long> orders) {}

    /** Loads every module's share of the demo business. */
    LoadedIds loadAll(DemoDataset data, long seed, java.time.Instant now) {
        var ids = timed("customers and orders", () -> load(data));
        timed("touchpoint events, audits and surveys", () -> {
            touchpoints.loadDemo(new DemoJourneys(seed, now).build(data, ids.customers(), ids.teams(), ids.products()));
            return null;
        });
        timed("leads, pool and key-account opportunities", () -> {
            sales.loadDemo(new DemoSales(seed, now).build(data, ids.customers()));
            return null;
        });
        // care plans replay the last 30 days: every order-stage care step shows, while a public holiday's
        // greeting to all 5,000 customers (the slowest part) is left to the nightly job
        timed("need rules and odometer readings", () -> {
            crossSell.applyDealershipNeedRules();
            crossSell.loadReadings(data.readings().stream()
                    .map(r -> new dev.touchpoint.server.crosssell.CrossSellApi.Reading(
                            ids.customers().get(r.customerIndex()), r.date(), r.km()))
                    .toList());
            return null;
        });
        timed("example webhook and WeCom robot subscriptions (paused)", () -> {
            integrations.loadDemo(
                    identity.findUser("admin")
                            .map(u -> u.id())
                            .orElse(ids.users().get("manager.pudong")),
                    ids.teams().get("PUDONG"),
                    ids.users().get("manager.pudong"));
            return null;
        });
        timed(
                "service tickets and care plans",
                () -> service.loadDemo(
                        new DemoService(seed, now).batch(data, ids.customers(), ids.orders()), now, CARE_DAYS));
        return ids;
    }

    private static <T> T timed(String what, java.util.function.Supplier<T> step) {
        long start = System.nanoTime();
        var result = step.get();
        log.info("Demo: {} loaded in {} ms", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    LoadedIds load(DemoDataset data) {
        var teams = new HashMap<String, Long>();
        data.teams()
                .forEach(t -> teams.put(
                        t.key(),
                        identity.createTeamUnchecked(t.name(), t.kind()).id()));
        var users = new HashMap<String, Long>();
        for (var u : data.users()) {
            var teamIds = new HashSet<Long>();
            u.teamKeys().forEach(k -> teamIds.add(teams.get(k)));
            users.put(
                    u.username(),
                    identity.createUserUnchecked(
                                    new NewUser(u.username(), u.displayName(), null, DEMO_PASSWORD, u.role(), teamIds))
                            .id());
        }
        var customerIds = customers.insertAll(
                data.customers().stream().map(c -> newCustomer(c, users, teams)).toList());
        customers.insertContacts(contacts(data.customers(), customerIds));
        customers.insertConsents(consents(data.customers(), customerIds));
        var products = products();
        commerce.insertCreditLimits(creditLimits(data.customers(), customerIds));
        var orders = data.orders().stream()
                .map(o -> newOrder(o, customerIds, teams, users, products))
                .toList();
        var orderIds = new ArrayList<Long>(orders.size());
        for (int from = 0; from < orders.size(); from += ORDER_CHUNK) {
            orderIds.addAll(
                    commerce.insertOrdersBulk(orders.subList(from, Math.min(orders.size(), from + ORDER_CHUNK))));
        }
        DemoPlans.load(commerce, data, customerIds, LocalDate.ofInstant(clock.instant(), DemoGenerator.ZONE));
        return new LoadedIds(teams, users, customerIds, products, orderIds);
    }

    private static NewCustomer newCustomer(CustomerSpec c, Map<String, Long> users, Map<String, Long> teams) {
        return new NewCustomer(
                c.organisation() ? CustomerKind.ORGANISATION : CustomerKind.PERSON,
                c.name(),
                c.phone(),
                c.email(),
                c.tier(),
                c.source(),
                users.get(c.ownerUsername()),
                teams.get(c.teamKey()),
                c.tags(),
                c.gender(),
                c.birthday(),
                c.city(),
                c.address(),
                c.industry(),
                null,
                c.acquiredAt());
    }

    private static List<NewContact> contacts(List<CustomerSpec> specs, List<Long> ids) {
        var contacts = new ArrayList<NewContact>();
        for (int i = 0; i < specs.size(); i++) {
            for (var c : specs.get(i).contacts()) {
                contacts.add(new NewContact(ids.get(i), c.name(), c.title(), c.phone(), c.email()));
            }
        }
        return contacts;
    }

    private static List<NewConsent> consents(List<CustomerSpec> specs, List<Long> ids) {
        var consents = new ArrayList<NewConsent>();
        for (int i = 0; i < specs.size(); i++) {
            for (var c : specs.get(i).consents()) {
                consents.add(new NewConsent(
                        ids.get(i), ConsentChannel.valueOf(c.channel()), c.granted(), c.at(), c.method(), "demo"));
            }
        }
        return consents;
    }

    private static Map<Long, BigDecimal> creditLimits(List<CustomerSpec> specs, List<Long> ids) {
        var limits = new HashMap<Long, BigDecimal>();
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).creditLimit() != null) {
                limits.put(ids.get(i), specs.get(i).creditLimit());
            }
        }
        return limits;
    }

    private Map<String, Long> products() {
        var items = DemoCatalogue.all();
        var ids = commerce.insertProducts(items.stream()
                .map(i -> new NewProduct(
                        i.sku(),
                        i.nameZh(),
                        category(i),
                        ProductKind.valueOf(i.kind().name()),
                        i.price(),
                        i.cost(),
                        true))
                .toList());
        var bySku = new HashMap<String, Long>();
        for (int i = 0; i < items.size(); i++) {
            bySku.put(items.get(i).sku(), ids.get(i));
        }
        return bySku;
    }

    private static String category(DemoCatalogue.Item item) {
        return switch (item.kind()) {
            case VEHICLE -> "VEHICLE";
            case ACCESSORY -> "ACCESSORY";
            case SERVICE_PACKAGE -> "MAINTENANCE";
            case INSURANCE -> "INSURANCE";
        };
    }

    private static NewOrder newOrder(
            OrderSpec o,
            List<Long> customerIds,
            Map<String, Long> teams,
            Map<String, Long> users,
            Map<String, Long> products) {
        var lines = o.lines().stream()
                .map(l -> new NewOrder.Line(
                        products.get(l.sku()), l.quantity(), l.unitPrice(), l.discountPercent(), l.unitCost()))
                .toList();
        var stages = new ArrayList<NewOrder.StageChange>();
        var s = o.stages();
        stages.add(new NewOrder.StageChange(OrderStage.ORDERED, s.ordered()));
        if (s.inProgress() != null) {
            stages.add(new NewOrder.StageChange(OrderStage.IN_PROGRESS, s.inProgress()));
        }
        if (s.inspected() != null) {
            stages.add(new NewOrder.StageChange(OrderStage.INSPECTED, s.inspected()));
        }
        if (s.delivered() != null) {
            stages.add(new NewOrder.StageChange(OrderStage.DELIVERED, s.delivered()));
        }
        var amount = revenue(o);
        // free first services have nothing to pay
        var payments = o.paidAt() == null || amount.signum() == 0
                ? List.<NewOrder.Payment>of()
                : List.of(new NewOrder.Payment(
                        amount,
                        LocalDate.ofInstant(o.paidAt(), DemoGenerator.ZONE),
                        "FLEET".equals(o.teamKey()) ? "BANK_TRANSFER" : "WECHAT_PAY"));
        return new NewOrder(
                customerIds.get(o.customerIndex()),
                null,
                LocalDate.ofInstant(s.ordered(), DemoGenerator.ZONE),
                teams.get(o.teamKey()),
                users.get(o.repUsername()),
                o.channel(),
                lines,
                stages,
                List.of(),
                new NewOrder.Receivable(null, o.dueDate(), payments));
    }

    /** The order's revenue as commerce computes it: per line, quantity × price × (1 − discount%), to the cent. */
    static BigDecimal revenue(OrderSpec o) {
        return o.lines().stream()
                .map(l -> l.unitPrice()
                        .multiply(BigDecimal.valueOf(l.quantity()))
                        .multiply(BigDecimal.ONE.subtract(l.discountPercent().movePointLeft(2)))
                        .setScale(2, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
