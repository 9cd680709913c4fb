package dev.touchpoint.server.demo;

import dev.touchpoint.server.demo.DemoDataset.OrderSpec;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.TouchpointDemoData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A year of touchpoint history for the demo dealership group, derived from the generated customers and
 * orders: store visits walking through the showroom zones (some leaving without buying), anonymous
 * visitors of whom some are identified later, known customers who shop and leave with a quote, calls,
 * test drives, contracts, deliveries (the
 * paperwork wait is the valley of the emotion curve, the handover ceremony its peak), follow-up calls,
 * service visits with reminders, accessory purchases, survey answers and a mystery-shopper audit per
 * store each month. Deterministic for a seed. Codes are those of the dealership template.
 */
final class DemoJourneys {

    private final Random random;
    private final Instant now;
    private final Instant from;
    private final DemoEventLog log;
    private final DemoSurveys surveys;
    private final DemoShowroom showroom;
    private final java.util.Set<Long> carBuyers = new java.util.HashSet<>();

    DemoJourneys(long seed, Instant now) {
        this.random = new Random(seed ^ 0x70C4_9017L);
        this.now = now;
        this.from = now.minus(Duration.ofDays(365));
        this.log = new DemoEventLog(from, now);
        this.surveys = new DemoSurveys(random, log);
        this.showroom = new DemoShowroom(random, log, from, surveys);
    }

    /**
     * Builds the history. {@code customerIds} are index-aligned with {@code data.customers()};
     * {@code teamIds} maps team keys ({@code PUDONG}, {@code ACCESSORY}…) to their ids.
     */
    TouchpointDemoData build(
            DemoDataset data, List<Long> customerIds, Map<String, Long> teamIds, Map<String, Long> productIdsBySku) {
        log.products(productIdsBySku);
        return build(data, customerIds, teamIds);
    }

    TouchpointDemoData build(DemoDataset data, List<Long> customerIds, Map<String, Long> teamIds) {
        // events name their site as people do: the store's (team's) name
        data.teams().forEach(t -> log.site(t.key(), t.name()));
        var storeCustomers = new ArrayList<Integer>();
        for (int i = 0; i < data.customers().size(); i++) {
            var c = data.customers().get(i);
            if (List.of(DemoShowroom.STORES).contains(c.teamKey())) {
                storeCustomers.add(i);
                awareness(customerIds.get(i), c.teamKey());
            }
        }
        for (var order : data.orders()) {
            var at = order.stages().ordered();
            if (at.isBefore(from) || at.isAfter(now)) {
                continue;
            }
            journey(order, customerIds.get(order.customerIndex()));
        }
        showroom.prospects(storeCustomers, customerIds, data, carBuyers);
        showroom.visitors(storeCustomers, customerIds, data);
        var audits = new DemoAudits(random, now).audits(teamIds);
        return new TouchpointDemoData(log.events(), log.links(), audits);
    }

    private void awareness(long customer, String store) {
        int ads = DemoRandom.poisson(random, 7);
        for (int k = 0; k < ads; k++) {
            var at = randomTime();
            var tp = random.nextDouble() < 0.6 ? "AD_ONLINE" : random.nextBoolean() ? "AD_OUTDOOR" : "AD_PRINT";
            log.add(
                    customer,
                    null,
                    tp,
                    at,
                    tp.equals("AD_ONLINE") ? TouchpointChannel.WEB : TouchpointChannel.ADVERTISING,
                    store,
                    null,
                    null,
                    null,
                    null);
        }
        if (random.nextDouble() < 0.25) {
            log.add(
                    customer,
                    null,
                    "WECHAT_INQUIRY",
                    randomTime(),
                    TouchpointChannel.WECHAT,
                    store,
                    null,
                    null,
                    null,
                    null);
        }
        if (random.nextDouble() < 0.08) {
            log.add(
                    customer,
                    null,
                    "CLUB_EVENT",
                    randomTime(),
                    TouchpointChannel.EVENT,
                    store,
                    null,
                    null,
                    null,
                    5 + bit());
        }
    }

    private void journey(OrderSpec order, long customer) {
        var sku = order.lines().get(0).sku();
        var store = order.teamKey();
        if (sku.startsWith("CAR-")) {
            carPurchase(order, customer, store, sku);
        } else if (sku.startsWith("SVC-") || sku.startsWith("CARE-")) {
            serviceVisit(order, customer, store);
        } else if (sku.startsWith("ACC-")) {
            var at = order.stages().ordered();
            if (!List.of(DemoShowroom.STORES).contains(store)) {
                // the accessory shop is walked into: the buyer enters, and so do browsers who leave
                log.add(
                        customer,
                        null,
                        "SHOWROOM_ENTRY",
                        at.minusSeconds(300 + random.nextInt(1200)),
                        TouchpointChannel.STORE,
                        store,
                        "ENTRANCE",
                        null,
                        null,
                        null);
                for (int k = random.nextInt(4); k > 0; k--) {
                    log.add(
                            null,
                            "acc-walk-in-" + log.size(),
                            "SHOWROOM_ENTRY",
                            at.minus(Duration.ofHours(1 + random.nextInt(24 * 20))),
                            TouchpointChannel.STORE,
                            store,
                            "ENTRANCE",
                            null,
                            null,
                            null);
                }
            }
            log.add(
                    customer,
                    null,
                    "ACCESSORY_PURCHASE",
                    at,
                    TouchpointChannel.STORE,
                    store,
                    "ACCESSORY",
                    null,
                    amount(order),
                    null);
        }
    }

    private void carPurchase(OrderSpec order, long customer, String store, String sku) {
        carBuyers.add(customer);
        var ordered = order.stages().ordered();
        if (random.nextDouble() < 0.6) {
            log.add(
                    customer,
                    null,
                    "PHONE_INQUIRY",
                    ordered.minus(days(5 + random.nextInt(20))),
                    TouchpointChannel.PHONE,
                    store,
                    null,
                    120 + random.nextInt(400),
                    null,
                    null);
        }
        // a few (repeat buyers, fleet-style orders by phone) sign without walking the showroom first
        int visits = random.nextDouble() < 0.06 ? 0 : 1 + (random.nextDouble() < 0.45 ? 1 : 0);
        for (int v = visits; v >= 1; v--) {
            var t = ordered.minus(days(v == 1 ? 0 : 3 + random.nextInt(10))).minus(Duration.ofMinutes(150));
            t = showroom.visit(customer, null, store, t, true, sku, 0);
            if (v > 1) {
                log.add(
                        customer,
                        null,
                        "LEFT_WITHOUT_BUYING",
                        t,
                        TouchpointChannel.STORE,
                        store,
                        "EXIT",
                        null,
                        null,
                        null);
            }
        }
        if (random.nextDouble() < 0.92) { // repeat buyers often sign without a written quote
            log.add(
                    customer,
                    null,
                    "QUOTE",
                    ordered.minus(Duration.ofMinutes(30)),
                    TouchpointChannel.STORE,
                    store,
                    "NEGOTIATION",
                    900 + random.nextInt(1500),
                    null,
                    null);
        }
        log.addForProduct(
                customer,
                null,
                "CONTRACT",
                ordered,
                store,
                "NEGOTIATION",
                1200 + random.nextInt(1800),
                amount(order),
                sku,
                null);
        var delivered = order.stages().delivered();
        if (delivered == null) {
            return;
        }
        int paperwork = 1500 + random.nextInt(4200);
        log.add(
                customer,
                null,
                "DELIVERY_PAPERWORK",
                delivered.minusSeconds(paperwork + 1800L),
                TouchpointChannel.STORE,
                store,
                "DELIVERY",
                paperwork,
                null,
                null);
        log.add(
                customer,
                null,
                "HANDOVER_CEREMONY",
                delivered.minusSeconds(1800),
                TouchpointChannel.STORE,
                store,
                "DELIVERY",
                1500 + random.nextInt(900),
                null,
                null);
        log.add(customer, null, "SHOWROOM_EXIT", delivered, TouchpointChannel.STORE, store, "EXIT", null, null, null);
        if (random.nextDouble() < 0.8) {
            var call = delivered.plus(Duration.ofHours(20 + random.nextInt(100)));
            log.add(
                    customer,
                    null,
                    "FOLLOW_UP_CALL",
                    call,
                    TouchpointChannel.PHONE,
                    store,
                    null,
                    180 + random.nextInt(400),
                    null,
                    random.nextDouble() < 0.6 ? 4 + random.nextInt(3) : null);
        }
        if (random.nextDouble() < 0.4) {
            surveys.delivery(customer, store, delivered.plus(Duration.ofHours(30 + random.nextInt(60))), paperwork);
        }
    }

    private void serviceVisit(OrderSpec order, long customer, String store) {
        var at = order.stages().ordered();
        if (random.nextDouble() < 0.6) {
            log.add(
                    customer,
                    null,
                    "SERVICE_REMINDER",
                    at.minus(days(5 + random.nextInt(10))),
                    TouchpointChannel.SMS,
                    store,
                    null,
                    null,
                    null,
                    null);
        }
        log.add(
                customer,
                null,
                "SERVICE_RECEPTION",
                at,
                TouchpointChannel.STORE,
                store,
                "SERVICE_DESK",
                120 + random.nextInt(600),
                null,
                null);
        int wait = 1800 + random.nextInt(7200);
        log.add(
                customer,
                null,
                "WORKSHOP_WAIT",
                at.plusSeconds(600),
                TouchpointChannel.STORE,
                store,
                "LOUNGE",
                wait,
                null,
                null);
        var done = at.plusSeconds(600L + wait);
        log.add(
                customer,
                null,
                "SERVICE_PICKUP",
                done,
                TouchpointChannel.STORE,
                store,
                "SERVICE_DESK",
                300,
                amount(order),
                null);
        if (random.nextDouble() < 0.02) {
            log.add(
                    customer,
                    null,
                    "COMPLAINT",
                    done.plus(days(1)),
                    TouchpointChannel.PHONE,
                    store,
                    null,
                    600,
                    null,
                    1 + random.nextInt(2));
        }
        if (random.nextDouble() < 0.15) {
            var s = done.plus(Duration.ofHours(24 + random.nextInt(48)));
            surveys.emotion(customer, store, s, "SERVICE_RECEPTION", "reception", 4 + random.nextInt(3));
            surveys.emotion(
                    customer,
                    store,
                    s,
                    "WORKSHOP_WAIT",
                    "wait",
                    wait > 6000 ? 2 + random.nextInt(2) : 3 + random.nextInt(3));
        }
    }

    private static BigDecimal amount(OrderSpec order) {
        return DemoDataLoader.revenue(order);
    }

    private Instant randomTime() {
        return from.plusSeconds((long) (random.nextDouble() * 365 * 24 * 3600));
    }

    private int bit() {
        return random.nextBoolean() ? 1 : 0;
    }

    private static Duration days(long n) {
        return Duration.ofDays(n);
    }
}
