package dev.touchpoint.analytics.crosssell.need;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A customer's kilometres per day from their odometer readings: the least-squares slope of km over
 * days through all readings, when there are at least two spanning 30 days or more and the slope is
 * positive; otherwise the configured fleet average.
 *
 * @param kmPerDay the estimate
 * @param estimated whether it comes from the customer's own readings
 */
public record Usage(double kmPerDay, boolean estimated) {

    /** The estimate from readings, or the fallback. */
    public static Usage of(List<OdometerReading> readings, double fallbackKmPerDay) {
        if (readings.size() >= 2) {
            var first = readings.stream()
                    .map(OdometerReading::date)
                    .min(java.util.Comparator.naturalOrder())
                    .orElseThrow();
            var last = readings.stream()
                    .map(OdometerReading::date)
                    .max(java.util.Comparator.naturalOrder())
                    .orElseThrow();
            if (ChronoUnit.DAYS.between(first, last) >= 30) {
                int n = readings.size();
                double mx = 0, my = 0;
                for (var r : readings) {
                    mx += ChronoUnit.DAYS.between(first, r.date());
                    my += r.km();
                }
                mx /= n;
                my /= n;
                double sxy = 0, sxx = 0;
                for (var r : readings) {
                    double x = ChronoUnit.DAYS.between(first, r.date()) - mx;
                    sxy += x * (r.km() - my);
                    sxx += x * x;
                }
                double slope = sxy / sxx;
                if (slope > 0) {
                    return new Usage(slope, true);
                }
            }
        }
        return new Usage(fallbackKmPerDay, false);
    }
}
