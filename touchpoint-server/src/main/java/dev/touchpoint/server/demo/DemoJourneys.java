package dev.touchpoint.server.demo;

import dev.touchpoint.server.demo.DemoDataset.OrderSpec;
import dev.touchpoint.server.touchpoint.NewEvent;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.TouchpointDemoData;
import dev.touchpoint.server.touchpoint.VisitorLink;
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

    private static final String[] STORES = {"PUDONG", "MINHANG", "JIADING"};
    private static final int VISITORS_PER_STORE_DAY = 30;

    private final Random random;
    private final Instant now;
    private final Instant from;
    private final DemoEventLog log;
    private final java.util.Set<Long> carBuyers = new java.util.HashSet<>();

    DemoJourneys(long seed, Instant now) {
        this.random = new Random(seed ^ 0x70C4_9017L);
        this.now = now;
        this.from = now.minus(Duration.ofDays(365));
        this.log = new DemoEventLog(from, now);
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
            if (List.of(STORES).contains(c.teamKey())) {
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
        prospects(storeCustomers, customerIds, data);
        visitors(storeCustomers, customerIds, data);
        var audits = new DemoAudits(random, now).audits(teamIds);
        return new TouchpointDemoData(log.events(), log.links(), audits);
    }

    private void awareness(long customer, String store) {
        int ads = poisson(7);
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
            if (!List.of(STORES).contains(store)) {
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
            t = showroomVisit(customer, null, store, t, true, sku, 0);
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
            deliverySurvey(customer, store, delivered.plus(Duration.ofHours(30 + random.nextInt(60))), paperwork);
        }
    }

    /** The survey after delivery: a valley at the paperwork wait (worse the longer it took), a peak at the handover. */
    private void deliverySurvey(long customer, String store, Instant at, int paperworkSeconds) {
        int paperwork = clamp(paperworkSeconds > 3600 ? 1 + random.nextInt(2) : 2 + random.nextInt(2), 1, 6);
        int handover = clamp(5 + (random.nextDouble() < 0.6 ? 1 : 0) - (random.nextDouble() < 0.08 ? 2 : 0), 1, 6);
        int contract = clamp(3 + random.nextInt(3), 1, 6);
        survey(customer, store, at, "DELIVERY_PAPERWORK", "paperwork", paperwork);
        survey(customer, store, at, "HANDOVER_CEREMONY", "handover", handover);
        survey(customer, store, at, "CONTRACT", "overall", contract);
        // the same survey asks NPS, CSAT and effort, which follow the peak and the end more than the average
        int nps = clamp((int) Math.round(2.0 + 0.9 * handover + 0.45 * paperwork + random.nextGaussian()), 0, 10);
        int csat = clamp((int) Math.round((handover + paperwork) / 2.6 + 0.5 * random.nextGaussian()), 1, 5);
        int effort = paperworkSeconds > 3600 ? 5 + random.nextInt(3) : 2 + random.nextInt(3);
        score(customer, store, at, "SATISFACTION_SURVEY", "nps", "NPS", nps);
        score(customer, store, at, "SATISFACTION_SURVEY", "csat", "CSAT", csat);
        score(customer, store, at, "DELIVERY_PAPERWORK", "ces", "CES", effort);
        // expectation against perception on the same 1–6 scale: paperwork disappoints, the ceremony delights
        gap(customer, store, at, "DELIVERY_PAPERWORK", clamp(4 + random.nextInt(2), 1, 6), paperwork);
        gap(customer, store, at, "HANDOVER_CEREMONY", clamp(4 + random.nextInt(2), 1, 6), handover);
        gap(customer, store, at, "CONTRACT", clamp(4 + random.nextInt(2), 1, 6), contract);
    }

    private void score(
            long customer, String store, Instant at, String touchpoint, String question, String type, int score) {
        log.add(
                customer,
                null,
                touchpoint,
                at,
                TouchpointChannel.SURVEY,
                store,
                null,
                null,
                BigDecimal.valueOf(score),
                null,
                "{\"survey\":\"demo\",\"question\":\"" + question + "\",\"type\":\"" + type + "\",\"score\":" + score
                        + "}");
    }

    private void gap(long customer, String store, Instant at, String touchpoint, int expectation, int perception) {
        log.add(
                customer,
                null,
                touchpoint,
                at,
                TouchpointChannel.SURVEY,
                store,
                null,
                null,
                null,
                null,
                "{\"survey\":\"demo\",\"question\":\"expectation\",\"type\":\"EXPECTATION_PERCEPTION\","
                        + "\"expectation\":" + expectation + ",\"perception\":" + perception + "}");
    }

    private void survey(long customer, String store, Instant at, String touchpoint, String question, int emotion) {
        log.add(
                customer,
                null,
                touchpoint,
                at,
                TouchpointChannel.SURVEY,
                store,
                null,
                null,
                BigDecimal.valueOf(emotion),
                emotion,
                "{\"survey\":\"demo\",\"question\":\"" + question + "\"}");
    }

    /**
     * One walk through the showroom; for a known customer, three times in ten a short visit survey the next day
     * rates the touchpoints met ({@code mood} −1 for those who will walk away without buying).
     */
    private Instant showroomVisit(
            Long customer, String visitor, String store, Instant t, boolean serious, String sku, int mood) {
        int first = log.size();
        var end = walk(customer, visitor, store, t, serious, sku);
        if (customer != null && random.nextDouble() < 0.3) {
            visitSurvey(
                    customer,
                    store,
                    end.plus(Duration.ofHours(18 + random.nextInt(8))),
                    log.events().subList(first, log.size()).stream()
                            .map(NewEvent::touchpoint)
                            .distinct()
                            .toList(),
                    mood);
        }
        return end;
    }

    /**
     * The visit survey: reception depends on the store (Pudong warm, Jiading often kept waiting), the test
     * drive is the high point before the purchase, a price objection the low one.
     */
    private void visitSurvey(long customer, String store, Instant at, List<String> met, int mood) {
        int reception = switch (store) {
            case "PUDONG" -> 5;
            case "MINHANG" -> 4;
            default -> 3;
        };
        for (var code : met) {
            Integer emotion = switch (code) {
                case "RECEPTION" -> reception + random.nextInt(2) - (random.nextDouble() < 0.2 ? 1 : 0);
                case "SHOWROOM_DISPLAY" -> 4 + random.nextInt(2);
                case "NEEDS_ANALYSIS" -> 3 + random.nextInt(3);
                case "TEST_DRIVE" -> 5 + random.nextInt(2);
                case "PRICE_OBJECTION" -> 2 + random.nextInt(2);
                default -> null;
            };
            if (emotion != null) {
                survey(
                        customer,
                        store,
                        at,
                        code,
                        "visit",
                        clamp(emotion + (mood < 0 && random.nextBoolean() ? mood : 0), 1, 6));
            }
        }
    }

    private Instant walk(Long customer, String visitor, String store, Instant t, boolean serious, String sku) {
        if (random.nextDouble() < 0.5) {
            log.add(customer, visitor, "PARKING", t, TouchpointChannel.STORE, store, "PARKING", null, null, null);
        }
        t = t.plusSeconds(60);
        log.add(customer, visitor, "SHOWROOM_ENTRY", t, TouchpointChannel.STORE, store, "ENTRANCE", null, null, null);
        t = t.plusSeconds(10 + random.nextInt(80));
        int reception = 60 + random.nextInt(300);
        log.add(customer, visitor, "RECEPTION", t, TouchpointChannel.STORE, store, "RECEPTION", reception, null, null);
        t = t.plusSeconds(reception);
        int browse = 200 + random.nextInt(serious ? 1500 : 900);
        var looked = sku != null
                ? sku
                : DemoCatalogue.VEHICLES
                        .get(random.nextInt(DemoCatalogue.VEHICLES.size()))
                        .sku();
        log.addForProduct(
                customer,
                visitor,
                "SHOWROOM_DISPLAY",
                t,
                store,
                "SHOWROOM",
                browse,
                null,
                looked,
                "{\"sku\":\"" + looked + "\"}");
        t = t.plusSeconds(browse);
        if (random.nextDouble() < (serious ? 0.9 : 0.3)) {
            log.add(
                    customer,
                    visitor,
                    "NEEDS_ANALYSIS",
                    t,
                    TouchpointChannel.STORE,
                    store,
                    "NEGOTIATION",
                    300 + random.nextInt(900),
                    null,
                    null);
            t = t.plusSeconds(600);
            log.add(
                    customer,
                    visitor,
                    "PRODUCT_PRESENTATION",
                    t,
                    TouchpointChannel.STORE,
                    store,
                    "SHOWROOM",
                    600 + random.nextInt(900),
                    null,
                    null);
            t = t.plusSeconds(900);
            if (random.nextDouble() < (serious ? 0.75 : 0.3)) {
                log.add(
                        customer,
                        visitor,
                        "TEST_DRIVE",
                        t,
                        TouchpointChannel.STORE,
                        store,
                        "TEST_DRIVE",
                        900 + random.nextInt(1200),
                        null,
                        null);
                t = t.plusSeconds(1500);
            }
            if (random.nextDouble() < 0.3) {
                log.add(
                        customer,
                        visitor,
                        "PRICE_OBJECTION",
                        t,
                        TouchpointChannel.STORE,
                        store,
                        "NEGOTIATION",
                        null,
                        null,
                        null);
            }
        }
        if (random.nextDouble() < 0.25) {
            log.add(
                    customer,
                    visitor,
                    "LOUNGE",
                    t,
                    TouchpointChannel.STORE,
                    store,
                    "LOUNGE",
                    300 + random.nextInt(900),
                    null,
                    null);
        }
        if (random.nextDouble() < 0.15) {
            log.add(
                    customer,
                    visitor,
                    "RESTROOM",
                    t.plusSeconds(120),
                    TouchpointChannel.STORE,
                    store,
                    "RESTROOM",
                    null,
                    null,
                    null);
        }
        return t.plusSeconds(300);
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
            survey(customer, store, s, "SERVICE_RECEPTION", "reception", 4 + random.nextInt(3));
            survey(
                    customer,
                    store,
                    s,
                    "WORKSHOP_WAIT",
                    "wait",
                    wait > 6000 ? 2 + random.nextInt(2) : 3 + random.nextInt(3));
        }
    }

    /**
     * Known store customers who shop for a car this year and do not buy one (yet): a call, one or two serious
     * showroom visits, often a quote, then they leave — so a quote or a phone inquiry is not a sure sign of a
     * sale, as in any real showroom.
     */
    private void prospects(List<Integer> storeCustomers, List<Long> customerIds, DemoDataset data) {
        for (int idx : storeCustomers) {
            long customer = customerIds.get(idx);
            if (carBuyers.contains(customer) || random.nextDouble() >= 0.2) {
                continue;
            }
            var store = data.customers().get(idx).teamKey();
            var sku = DemoCatalogue.VEHICLES
                    .get(random.nextInt(DemoCatalogue.VEHICLES.size()))
                    .sku();
            var t = from.plus(days(10 + random.nextInt(350))).plus(Duration.ofMinutes(9 * 60 + random.nextInt(480)));
            if (random.nextDouble() < 0.5) {
                log.add(
                        customer,
                        null,
                        "PHONE_INQUIRY",
                        t.minus(days(2 + random.nextInt(8))),
                        TouchpointChannel.PHONE,
                        store,
                        null,
                        120 + random.nextInt(400),
                        null,
                        null);
            }
            int visits = 1 + (random.nextDouble() < 0.3 ? 1 : 0);
            for (int v = 0; v < visits; v++) {
                var at = t.plus(days(v * (3 + random.nextInt(10))));
                at = showroomVisit(customer, null, store, at, true, sku, -1);
                if (v == 0 && random.nextDouble() < 0.55) {
                    log.add(
                            customer,
                            null,
                            "QUOTE",
                            at,
                            TouchpointChannel.STORE,
                            store,
                            "NEGOTIATION",
                            900 + random.nextInt(1500),
                            null,
                            null);
                    at = at.plusSeconds(1800);
                }
                log.add(
                        customer,
                        null,
                        "LEFT_WITHOUT_BUYING",
                        at,
                        TouchpointChannel.STORE,
                        store,
                        "EXIT",
                        null,
                        null,
                        null);
            }
        }
    }

    /** Walk-in visitors nobody knows yet; about one in ten is identified later as a store customer. */
    private void visitors(List<Integer> storeCustomers, List<Long> customerIds, DemoDataset data) {
        int days = 365;
        var byStore = new java.util.HashMap<String, List<Integer>>();
        for (var store : STORES) {
            byStore.put(store, new ArrayList<>());
        }
        for (int idx : storeCustomers) {
            byStore.get(data.customers().get(idx).teamKey()).add(idx);
        }
        for (int s = 0; s < STORES.length; s++) {
            for (int d = 0; d < days; d++) {
                var day = from.plus(days(d));
                int count = poisson(VISITORS_PER_STORE_DAY);
                for (int v = 0; v < count; v++) {
                    var visitor = "v-" + STORES[s].toLowerCase(java.util.Locale.ROOT) + "-" + d + "-" + v;
                    var t = day.plus(Duration.ofMinutes(60 + random.nextInt(600)));
                    if (random.nextDouble() < 0.3) {
                        // walking past the store front, in the entrance zone: half of them come in (capture rate)
                        log.add(
                                null,
                                visitor,
                                "BRAND_FACADE",
                                t.minusSeconds(120),
                                TouchpointChannel.STORE,
                                STORES[s],
                                "ENTRANCE",
                                null,
                                null,
                                null);
                        if (random.nextDouble() < 0.5) {
                            continue;
                        }
                    }
                    t = showroomVisit(null, visitor, STORES[s], t, false, null, 0);
                    log.add(
                            null,
                            visitor,
                            random.nextDouble() < 0.85 ? "LEFT_WITHOUT_BUYING" : "SHOWROOM_EXIT",
                            t,
                            TouchpointChannel.STORE,
                            STORES[s],
                            "EXIT",
                            null,
                            null,
                            null);
                    var local = byStore.get(STORES[s]);
                    if (random.nextDouble() < 0.1 && !local.isEmpty()) {
                        log.link(new VisitorLink(visitor, customerIds.get(local.get(random.nextInt(local.size())))));
                    }
                }
            }
        }
    }

    private static BigDecimal amount(OrderSpec order) {
        return DemoDataLoader.revenue(order);
    }

    private Instant randomTime() {
        return from.plusSeconds((long) (random.nextDouble() * 365 * 24 * 3600));
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private int bit() {
        return random.nextBoolean() ? 1 : 0;
    }

    private static Duration days(long n) {
        return Duration.ofDays(n);
    }

    static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
