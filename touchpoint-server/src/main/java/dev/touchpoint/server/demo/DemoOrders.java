package dev.touchpoint.server.demo;

import dev.touchpoint.server.demo.DemoCatalogue.Item;
import dev.touchpoint.server.demo.DemoDataset.CustomerSpec;
import dev.touchpoint.server.demo.DemoDataset.LineSpec;
import dev.touchpoint.server.demo.DemoDataset.OrderSpec;
import dev.touchpoint.server.demo.DemoDataset.ReadingSpec;
import dev.touchpoint.server.demo.DemoDataset.StageTimes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Three years of demo orders with repeat behaviour: store customers buy a car (or an accessory), come
 * to service about every six months, renew insurance yearly, wash and buy accessories in between, and
 * lapse with their own probability; accessory-shop customers return every few months; fleet customers
 * order vehicles in batches on 60-day credit terms, a few paying late or not yet. Shares the
 * generator's random numbers, so the data stays the same for a seed.
 *
 * <p>Patterns for product-association mining, drawn from a second random stream (so everything else
 * is unchanged by them): the accessory sold with a car depends on the model (a home charger with an
 * electric car, a roof rack with an SUV, a child seat with the MPV, paint protection with the premium
 * models); a third of car buyers come back for window film or a dash camera within 30 days of
 * delivery; every service visit records the odometer, from the customer's own km per day.
 */
final class DemoOrders {

    private final Random random;
    private final Random patterns;
    private final Instant now;
    private final List<ReadingSpec> readings = new ArrayList<>();

    DemoOrders(Random random, Random patterns, Instant now) {
        this.random = random;
        this.patterns = patterns;
        this.now = now;
    }

    /** The odometer readings of the service visits generated so far. */
    List<ReadingSpec> readings() {
        return readings;
    }

    void store(int index, CustomerSpec c, List<OrderSpec> orders) {
        var team = c.teamKey();
        var rep = c.ownerUsername();
        var service = "service." + team.toLowerCase(Locale.ROOT);
        boolean boughtCar = random.nextDouble() < 0.85;
        var start = c.acquiredAt();
        // km per day: log-normal around 38 km (about 14,000 km a year), from the pattern stream
        double kmPerDay = Math.exp(Math.log(38) + patterns.nextGaussian() * 0.45);
        if (boughtCar) {
            var car = carOrder(index, team, rep, start);
            orders.add(car);
            accessoriesAfterDelivery(index, team, rep, car, orders);
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
            if (boughtCar) {
                long days = Duration.between(start, t).toDays();
                int km = (int) Math.max(1, Math.round(kmPerDay * days * (1 + patterns.nextGaussian() * 0.03)));
                readings.add(new ReadingSpec(index, LocalDate.ofInstant(t, DemoGenerator.ZONE), km));
            }
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

    void accessory(int index, CustomerSpec c, List<OrderSpec> orders) {
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

    void fleet(int index, CustomerSpec c, List<OrderSpec> orders) {
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
            var due = LocalDate.ofInstant(stages.delivered() != null ? stages.delivered() : t, DemoGenerator.ZONE)
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
            var picked = pick(DemoCatalogue.ACCESSORIES);
            lines.add(line(bundled(model, picked), 1));
        }
        if (random.nextDouble() < 0.25) {
            lines.add(line(DemoCatalogue.WARRANTY, 1));
        }
        var stages = stages(at, 5 + random.nextInt(25));
        var due = LocalDate.ofInstant(at, DemoGenerator.ZONE).plusDays(7);
        var paid = paidUnlessRecent(stages.delivered() != null ? stages.delivered() : at, due);
        return new OrderSpec(index, team, rep, channelFor(), stages, lines, due, paid);
    }

    /** The accessory sold with a car: the model's own with a high chance, else the one picked. */
    private Item bundled(Item model, Item picked) {
        double u = patterns.nextDouble();
        String sku = switch (model.sku()) {
            case "CAR-E3", "CAR-E6" -> u < 0.8 ? "ACC-CHG" : null;
            case "CAR-X5", "CAR-X7" -> u < 0.6 ? "ACC-RACK" : null;
            case "CAR-M8" -> u < 0.7 ? "ACC-CHILD" : null;
            case "CAR-S5" -> u < 0.5 ? "ACC-PPF" : null;
            default -> null;
        };
        if (sku == null) {
            return picked;
        }
        return DemoCatalogue.ACCESSORIES.stream()
                .filter(i -> i.sku().equals(sku))
                .findFirst()
                .orElse(picked);
    }

    /** A third of car buyers come back for window film or a dash camera 5–30 days after delivery. */
    private void accessoriesAfterDelivery(int index, String team, String rep, OrderSpec car, List<OrderSpec> orders) {
        if (car.stages().delivered() == null || patterns.nextDouble() >= 0.35) {
            return;
        }
        var at = car.stages().delivered().plus(Duration.ofDays(5 + patterns.nextInt(26)));
        if (at.isAfter(now)) {
            return;
        }
        var sku = patterns.nextDouble() < 0.6 ? "ACC-FILM" : "ACC-DVR";
        var item = DemoCatalogue.ACCESSORIES.stream()
                .filter(i -> i.sku().equals(sku))
                .findFirst()
                .orElseThrow();
        orders.add(simpleOrder(index, team, rep, at, List.of(line(item, 1))));
    }

    private OrderSpec simpleOrder(int index, String team, String rep, Instant at, List<LineSpec> lines) {
        var stages = stages(at, 0);
        var due = LocalDate.ofInstant(at, DemoGenerator.ZONE);
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

    private String channelFor() {
        return random.nextDouble() < 0.7 ? "STORE" : random.nextBoolean() ? "WEB" : "PHONE";
    }

    private Instant atStartOfDay(LocalDate d) {
        return d.atTime(10, 0).atZone(DemoGenerator.ZONE).toInstant();
    }
}
