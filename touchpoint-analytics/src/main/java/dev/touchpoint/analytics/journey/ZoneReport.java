package dev.touchpoint.analytics.journey;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of {@link ZoneAnalysis#analyze}; every map is ordered by key.
 *
 * @param arrivals arrival heatmap per zone
 * @param dwellByZone dwell-time distribution per zone
 * @param dwellByProduct dwell-time distribution per product
 * @param traffic pass-by vs stop per zone
 * @param conversion conversion per product
 * @param friction friction per zone
 * @param visits visit-level friction
 */
public record ZoneReport(
        Map<String, ArrivalHeatmap> arrivals,
        Map<String, DwellDistribution> dwellByZone,
        Map<String, DwellDistribution> dwellByProduct,
        Map<String, ZoneTraffic> traffic,
        Map<String, ProductConversion> conversion,
        Map<String, ZoneFriction> friction,
        VisitSummary visits) {

    /** Copies the maps, sorted by key. */
    public ZoneReport {
        arrivals = sorted(arrivals);
        dwellByZone = sorted(dwellByZone);
        dwellByProduct = sorted(dwellByProduct);
        traffic = sorted(traffic);
        conversion = sorted(conversion);
        friction = sorted(friction);
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
