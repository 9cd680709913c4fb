package dev.touchpoint.server.demo;

import dev.touchpoint.server.touchpoint.NewEvent;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.VisitorLink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Walks through the demo's showrooms: parking, entrance, reception, the display, needs analysis,
 * presentation, test drive, price objection, lounge — for buyers before they sign, for known customers
 * who shop and do not buy (prospects), and for anonymous walk-in visitors, some identified later. They
 * share the journeys' random numbers, so the data stays the same for a seed.
 */
final class DemoShowroom {

    static final String[] STORES = {"PUDONG", "MINHANG", "JIADING"};
    private static final int VISITORS_PER_STORE_DAY = 30;

    private final Random random;
    private final DemoEventLog log;
    private final Instant from;
    private final DemoSurveys surveys;

    DemoShowroom(Random random, DemoEventLog log, Instant from, DemoSurveys surveys) {
        this.random = random;
        this.log = log;
        this.from = from;
        this.surveys = surveys;
    }

    /**
     * One walk through the showroom; for a known customer, three times in ten a short visit survey the next day
     * rates the touchpoints met ({@code mood} −1 for those who will walk away without buying).
     */
    Instant visit(Long customer, String visitor, String store, Instant t, boolean serious, String sku, int mood) {
        int first = log.size();
        var end = walk(customer, visitor, store, t, serious, sku);
        if (customer != null && random.nextDouble() < 0.3) {
            surveys.visit(
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

    /**
     * Known store customers who shop for a car this year and do not buy one (yet): a call, one or two serious
     * showroom visits, often a quote, then they leave — so a quote or a phone inquiry is not a sure sign of a
     * sale, as in any real showroom.
     */
    void prospects(List<Integer> storeCustomers, List<Long> customerIds, DemoDataset data, Set<Long> carBuyers) {
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
                at = visit(customer, null, store, at, true, sku, -1);
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
    void visitors(List<Integer> storeCustomers, List<Long> customerIds, DemoDataset data) {
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
                int count = DemoRandom.poisson(random, VISITORS_PER_STORE_DAY);
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
                    t = visit(null, visitor, STORES[s], t, false, null, 0);
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

    private static Duration days(long n) {
        return Duration.ofDays(n);
    }
}
