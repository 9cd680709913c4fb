package dev.touchpoint.analytics.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The mutable state of one {@link ZoneAnalysis#analyze} pass. */
final class ZoneRun {

    private final ZoneAnalysis config;
    private final LocalCalendar calendar;
    private final Map<String, long[][]> arrivals = new HashMap<>();
    private final Map<String, Samples> dwellByZone = new HashMap<>();
    private final Map<String, Samples> dwellByProduct = new HashMap<>();
    private final Map<String, long[]> traffic = new HashMap<>(); // pass ev, stop ev, subj any, subj stop
    private final Map<String, ProductTally> products = new HashMap<>();
    private final Map<String, long[]> friction = new HashMap<>(); // passed not entered, entered no buy
    private final long[] visits = new long[5]; // layout of VisitSummary

    ZoneRun(ZoneAnalysis config) {
        this.config = config;
        this.calendar = new LocalCalendar(config.timeZone());
    }

    void add(SubjectJourney journey) {
        List<JourneyEvent> events = journey.events();
        List<List<JourneyEvent>> split = visits(events);
        for (List<JourneyEvent> visit : split) {
            countArrivals(visit);
            countVisitFriction(visit);
        }
        countReturns(split);
        countDwellAndTraffic(events);
        ProductTally.walk(events, config.purchaseWindow())
                .forEach((product, state) -> products.computeIfAbsent(
                                product, p -> new ProductTally(config.bands().size()))
                        .add(state, config.bands()));
    }

    private List<List<JourneyEvent>> visits(List<JourneyEvent> events) {
        List<List<JourneyEvent>> split = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (i == 0 || config.visitRule().startsNewVisit(events.get(i - 1), events.get(i), calendar)) {
                split.add(new ArrayList<>());
            }
            split.get(split.size() - 1).add(events.get(i));
        }
        return split;
    }

    private void countArrivals(List<JourneyEvent> visit) {
        String current = null;
        for (JourneyEvent e : visit) {
            if (e.zone() != null && !e.zone().equals(current)) {
                arrivals.computeIfAbsent(e.zone(), z -> new long[7][24])[calendar.weekdayIndex(e.occurredAt())][
                        calendar.hour(e.occurredAt())]++;
            }
            current = e.zone() == null ? current : e.zone();
        }
    }

    private void countVisitFriction(List<JourneyEvent> visit) {
        Set<String> passed = new HashSet<>();
        Set<String> stopped = new HashSet<>();
        boolean purchase = false;
        for (JourneyEvent e : visit) {
            purchase |= e.kind() == TouchpointKind.PURCHASE;
            if (e.zone() != null && e.kind() == TouchpointKind.PASS) {
                passed.add(e.zone());
            } else if (e.zone() != null && isStop(e)) {
                stopped.add(e.zone());
            }
        }
        visits[0]++;
        visits[1] += !purchase && hasStop(visit) ? 1 : 0;
        visits[2] += purchase ? 0 : 1;
        passed.removeAll(stopped);
        passed.forEach(z -> friction.computeIfAbsent(z, k -> new long[2])[0]++);
        if (!purchase) {
            stopped.forEach(z -> friction.computeIfAbsent(z, k -> new long[2])[1]++);
        }
    }

    private static boolean hasStop(List<JourneyEvent> visit) {
        for (JourneyEvent e : visit) {
            if (isStop(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPurchase(List<JourneyEvent> visit) {
        for (JourneyEvent e : visit) {
            if (e.kind() == TouchpointKind.PURCHASE) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStop(JourneyEvent e) {
        return e.kind() == TouchpointKind.ENTRY || e.kind() == TouchpointKind.DWELL;
    }

    private void countReturns(List<List<JourneyEvent>> split) {
        for (int v = 0; v < split.size(); v++) {
            List<JourneyEvent> visit = split.get(v);
            if (hasPurchase(visit)) {
                continue;
            }
            Instant deadline = visit.get(visit.size() - 1).occurredAt().plus(config.returnWithin());
            boolean returned = v + 1 < split.size()
                    && !split.get(v + 1).get(0).occurredAt().isAfter(deadline);
            boolean open = config.observedUntil() != null && deadline.isAfter(config.observedUntil());
            if (!returned) {
                visits[open ? 4 : 3]++;
            }
        }
    }

    private void countDwellAndTraffic(List<JourneyEvent> events) {
        Set<String> seen = new HashSet<>();
        Set<String> stopped = new HashSet<>();
        for (JourneyEvent e : events) {
            if (e.kind() == TouchpointKind.DWELL && e.durationSeconds() != null) {
                if (e.zone() != null) {
                    dwellByZone.computeIfAbsent(e.zone(), z -> new Samples()).add(e.durationSeconds());
                }
                if (e.productId() != null) {
                    dwellByProduct
                            .computeIfAbsent(e.productId(), p -> new Samples())
                            .add(e.durationSeconds());
                }
            }
            if (e.zone() != null && (isStop(e) || e.kind() == TouchpointKind.PASS)) {
                long[] t = traffic.computeIfAbsent(e.zone(), z -> new long[4]);
                t[isStop(e) ? 1 : 0]++;
                t[2] += seen.add(e.zone()) ? 1 : 0;
                t[3] += isStop(e) && stopped.add(e.zone()) ? 1 : 0;
            }
        }
    }

    ZoneReport report() {
        Map<String, ArrivalHeatmap> heatmaps = new HashMap<>();
        arrivals.forEach((z, m) -> heatmaps.put(z, ArrivalHeatmap.of(z, m)));
        Map<String, ZoneTraffic> trafficOut = new HashMap<>();
        traffic.forEach((z, t) ->
                trafficOut.put(z, new ZoneTraffic(z, t[0], t[1], t[2], t[3], Stats.ratio(t[3], t[2]))));
        Map<String, ProductConversion> conversion = new HashMap<>();
        products.forEach((p, tally) -> conversion.put(p, tally.result(p, config.bands(), config.minimumBandSample())));
        Map<String, ZoneFriction> frictionOut = new HashMap<>();
        friction.forEach((z, f) -> frictionOut.put(z, new ZoneFriction(z, f[0], f[1])));
        return new ZoneReport(
                heatmaps,
                distributions(dwellByZone),
                distributions(dwellByProduct),
                trafficOut,
                conversion,
                frictionOut,
                new VisitSummary(visits[0], visits[1], visits[2], visits[3], visits[4]));
    }

    private Map<String, DwellDistribution> distributions(Map<String, Samples> samples) {
        Map<String, DwellDistribution> out = new HashMap<>();
        samples.forEach((key, s) -> {
            double[] values = s.toArray();
            long[] counts = new long[config.bands().size()];
            for (double v : values) {
                counts[config.bands().bandOf(v)]++;
            }
            out.put(
                    key,
                    new DwellDistribution(
                            key,
                            values.length,
                            java.util.Arrays.stream(counts).boxed().toList(),
                            Stats.mean(values),
                            Stats.quantile(values, 0.5),
                            Stats.quantile(values, 0.9)));
        });
        return out;
    }
}
