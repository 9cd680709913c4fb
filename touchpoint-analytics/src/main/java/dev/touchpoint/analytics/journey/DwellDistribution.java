package dev.touchpoint.analytics.journey;

import java.util.List;

/**
 * The distribution of dwell times (停留时间) at one zone or product: the durations of its {@link
 * TouchpointKind#DWELL} events. Quantiles interpolate linearly between order statistics (type 7).
 *
 * @param key the zone or product
 * @param n dwell events with a duration
 * @param bandCounts dwell events per band of the analysis' {@link DwellBands}
 * @param meanSeconds the mean
 * @param medianSeconds the median
 * @param p90Seconds the 90th percentile
 */
public record DwellDistribution(
        String key, long n, List<Long> bandCounts, double meanSeconds, double medianSeconds, double p90Seconds) {

    /** Copies the counts. */
    public DwellDistribution {
        bandCounts = List.copyOf(bandCounts);
    }
}
