package dev.touchpoint.analytics.journey;

import java.time.DayOfWeek;
import java.util.List;

/**
 * Arrivals at one zone by weekday × hour of day (每个时段有多少客户到达区域) in the analysis time zone.
 * An arrival is an event at the zone whose previous zoned event in the same visit was elsewhere (or
 * that opens the visit).
 *
 * @param zone the zone
 * @param counts 7 rows (Monday first) of 24 hourly counts
 */
public record ArrivalHeatmap(String zone, List<List<Long>> counts) {

    /** Copies the matrix. */
    public ArrivalHeatmap {
        counts = counts.stream().map(List::copyOf).toList();
    }

    static ArrivalHeatmap of(String zone, long[][] matrix) {
        return new ArrivalHeatmap(
                zone,
                java.util.Arrays.stream(matrix)
                        .map(row -> java.util.Arrays.stream(row).boxed().toList())
                        .toList());
    }

    /** Returns the arrivals on {@code day} during hour {@code hour} (0–23). */
    public long count(DayOfWeek day, int hour) {
        return counts.get(day.getValue() - 1).get(hour);
    }

    /** Returns all arrivals. */
    public long total() {
        return counts.stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    }
}
