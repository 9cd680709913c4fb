package dev.touchpoint.server.journey;

import dev.touchpoint.analytics.journey.LeavingZones;
import dev.touchpoint.analytics.journey.PathAnchor;
import dev.touchpoint.analytics.journey.PathNodeKey;
import dev.touchpoint.analytics.journey.PathQuery;
import dev.touchpoint.analytics.journey.PathResult;
import dev.touchpoint.analytics.journey.ZoneAnalysis;
import dev.touchpoint.analytics.journey.ZoneReport;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Where customers go: the most common paths between touchpoints or zones (a Sankey), and per zone arrivals, dwell, capture rate, product conversion and friction. */
@Service
class MovementAnalysis {

    private final JourneyAnalytics core;
    private final JourneyRepository repository;
    private final org.springframework.context.MessageSource messages;
    private final dev.touchpoint.server.commerce.CommerceApi commerce;

    MovementAnalysis(
            JourneyAnalytics core,
            JourneyRepository repository,
            org.springframework.context.MessageSource messages,
            dev.touchpoint.server.commerce.CommerceApi commerce) {
        this.messages = messages;
        this.commerce = commerce;
        this.core = core;
        this.repository = repository;
    }

    /** A Sankey of paths with display names per node. */
    record PathView(PathResult result, Map<String, String> names, long elapsedMs) {}

    PathView paths(
            String touchpoint,
            String direction,
            Integer steps,
            Integer topK,
            boolean byZone,
            String from,
            String to,
            Locale locale) {
        long start = System.nanoTime();
        var catalogue = core.catalogue();
        var period = core.period(from, to);
        int n = steps == null ? 4 : steps;
        int k = topK == null ? 6 : topK;
        if (n < 2 || n > 8) {
            throw InvalidInputException.of("steps", "range", "steps must be 2..8");
        }
        if (k < 1 || k > 20) {
            throw InvalidInputException.of("topK", "range", "topK must be 1..20");
        }
        if (touchpoint == null || touchpoint.isBlank()) {
            throw InvalidInputException.of("touchpoint", "required", "choose where the paths start or end");
        }
        var node = touchpoint.strip();
        Set<Long> anchor = Set.of();
        if (!byZone) {
            var tp = catalogue.byCode(node);
            if (tp == null) {
                throw InvalidInputException.of("touchpoint", "unknown", "no touchpoint with code " + node);
            }
            anchor = Set.of(tp.id());
        }
        boolean ending = "end".equalsIgnoreCase(direction);
        var query = new PathQuery(
                ending ? PathAnchor.endingAt(node) : PathAnchor.startingAt(node),
                n,
                true,
                k,
                byZone ? PathNodeKey.ZONE : PathNodeKey.TOUCHPOINT);
        var selection = EventSelection.of(
                        period.from(),
                        period.to(),
                        byZone ? EventSelection.Rows.ZONED_OR_PURCHASE : EventSelection.Rows.ALL,
                        byZone
                                ? new EventSelection.Column[] {EventSelection.Column.ZONE}
                                : new EventSelection.Column[0])
                .withAnchor(anchor);
        var result = repository.withJourneys(selection, catalogue, CurrentUsers.require(), query::analyze);
        var names = new HashMap<String, String>();
        result.nodes()
                .forEach(p ->
                        names.put(p.name(), byZone ? p.name() : JourneyAnalytics.name(p.name(), catalogue, locale)));
        return new PathView(result, names, (System.nanoTime() - start) / 1_000_000);
    }

    // ---------------------------------------------------------------- zones

    /** The zone report plus where visits without a purchase end ({@link LeavingZones}). */
    /**
     * @param zoneNames each zone's name in the reader's language (its code when it has none)
     * @param productNames the names of the products in {@code report.conversion}, by product id
     */
    record ZoneView(
            ZoneReport report,
            Map<String, Long> leftWithoutBuying,
            List<String> hourLabels,
            long elapsedMs,
            Map<String, String> zoneNames,
            Map<String, String> productNames) {}

    ZoneView zones(
            String from, String to, Integer purchaseWindowDays, Integer returnDays, String timeZone, Locale locale) {
        long start = System.nanoTime();
        var period = core.period(from, to);
        ZoneId tz;
        try {
            tz = timeZone == null || timeZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(timeZone.strip());
        } catch (java.time.DateTimeException e) {
            throw InvalidInputException.of("timeZone", "unknown", "unknown time zone " + timeZone);
        }
        var analysis = ZoneAnalysis.defaults(tz)
                .withPurchaseWindow(Duration.ofDays(purchaseWindowDays == null ? 1 : Math.max(0, purchaseWindowDays)))
                .withReturn(Duration.ofDays(returnDays == null ? 30 : Math.max(1, returnDays)), period.to());
        var leaving = new LeavingZones(tz, null);
        var report = repository.withJourneys(
                EventSelection.of(
                        period.from(),
                        period.to(),
                        EventSelection.Rows.ZONED_OR_PURCHASE,
                        EventSelection.Column.ZONE,
                        EventSelection.Column.PRODUCT,
                        EventSelection.Column.DURATION),
                core.catalogue(),
                CurrentUsers.require(),
                journeys -> analysis.analyze(LeavingZones.tee(journeys, leaving)));
        var hours = new ArrayList<String>();
        for (int h = 0; h < 24; h++) {
            hours.add(String.format("%02d", h));
        }
        var zones = new java.util.TreeSet<String>();
        zones.addAll(report.arrivals().keySet());
        zones.addAll(report.dwellByZone().keySet());
        zones.addAll(report.traffic().keySet());
        zones.addAll(report.friction().keySet());
        zones.addAll(leaving.counts().keySet());
        var zoneNames = new java.util.LinkedHashMap<String, String>();
        zones.forEach(z -> zoneNames.put(z, messages.getMessage("touchpoint.zone." + z, null, z, locale)));
        var productNames = new java.util.LinkedHashMap<String, String>();
        var allProducts = commerce.productNames();
        report.conversion().keySet().forEach(id -> {
            String name = null;
            try {
                name = allProducts.get(Long.parseLong(String.valueOf(id)));
            } catch (NumberFormatException notAnId) {
                // a product reference that is not one of ours: shown as it is
            }
            productNames.put(String.valueOf(id), name == null ? String.valueOf(id) : name);
        });
        return new ZoneView(
                report, leaving.counts(), hours, (System.nanoTime() - start) / 1_000_000, zoneNames, productNames);
    }
}
