package dev.touchpoint.analytics.journey;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Zone and product analytics of physical or online visits (DOMAIN.md §2, seed 000): arrivals per
 * zone by weekday × hour, dwell-time distributions per zone and product, pass-by vs stop and capture
 * rate, conversion per product with the optimal dwell band, and friction (passed but did not enter,
 * entered and left without buying, did not return within N days). See the result types for each
 * definition. One pass over the journeys, linear in events per subject.
 *
 * @param timeZone the zone defining local hours, weekdays and days
 * @param bands the dwell-time bands
 * @param purchaseWindow how long after a dwell a purchase of the product still counts (inclusive)
 * @param minimumBandSample the subjects a band needs to be the optimal band
 * @param visitRule how events group into visits
 * @param returnWithin the period within which a visit without purchase must be followed by another
 * @param observedUntil the end of observation for censoring returns, or {@code null} for none
 */
public record ZoneAnalysis(
        ZoneId timeZone,
        DwellBands bands,
        Duration purchaseWindow,
        int minimumBandSample,
        VisitRule visitRule,
        Duration returnWithin,
        Instant observedUntil) {

    /** Validates. */
    public ZoneAnalysis {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(visitRule, "visitRule");
        if (purchaseWindow == null
                || purchaseWindow.isNegative()
                || returnWithin == null
                || returnWithin.isNegative()) {
            throw new IllegalArgumentException("purchaseWindow and returnWithin must be non-negative");
        }
        if (minimumBandSample < 1) {
            throw new IllegalArgumentException("minimumBandSample must be at least 1");
        }
    }

    /**
     * Returns the defaults in {@code timeZone}: {@link DwellBands#defaults()}, purchases within 1 day
     * of a dwell, 30 subjects per optimal band, {@link VisitRule#defaults()}, return within 30 days,
     * no censoring.
     */
    public static ZoneAnalysis defaults(ZoneId timeZone) {
        return new ZoneAnalysis(
                timeZone,
                DwellBands.defaults(),
                Duration.ofDays(1),
                30,
                VisitRule.defaults(),
                Duration.ofDays(30),
                null);
    }

    /** Returns a copy with other dwell bands and minimum band sample. */
    public ZoneAnalysis withBands(DwellBands newBands, int minimumSample) {
        return new ZoneAnalysis(
                timeZone, newBands, purchaseWindow, minimumSample, visitRule, returnWithin, observedUntil);
    }

    /** Returns a copy with another purchase window. */
    public ZoneAnalysis withPurchaseWindow(Duration window) {
        return new ZoneAnalysis(timeZone, bands, window, minimumBandSample, visitRule, returnWithin, observedUntil);
    }

    /** Returns a copy with another visit rule. */
    public ZoneAnalysis withVisitRule(VisitRule rule) {
        return new ZoneAnalysis(timeZone, bands, purchaseWindow, minimumBandSample, rule, returnWithin, observedUntil);
    }

    /** Returns a copy with another return period and observation end (nullable). */
    public ZoneAnalysis withReturn(Duration within, Instant until) {
        return new ZoneAnalysis(timeZone, bands, purchaseWindow, minimumBandSample, visitRule, within, until);
    }

    /** Runs the analysis in one pass over the journeys. */
    public ZoneReport analyze(Iterable<SubjectJourney> journeys) {
        ZoneRun run = new ZoneRun(this);
        journeys.forEach(run::add);
        return run.report();
    }
}
