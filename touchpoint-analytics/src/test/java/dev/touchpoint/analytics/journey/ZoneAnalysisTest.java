package dev.touchpoint.analytics.journey;

import static dev.touchpoint.analytics.journey.Events.event;
import static dev.touchpoint.analytics.journey.Events.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneAnalysisTest {

    private static final long DAY = 24 * 60;

    private static JourneyEvent at(String s, TouchpointKind kind, String zone, long minute) {
        return event(s, zone.toUpperCase(), kind, minute).withZone(zone);
    }

    private static JourneyEvent dwell(String s, long seconds, long minute) {
        return at(s, TouchpointKind.DWELL, "suv", minute).withProduct("X1").withDuration(seconds);
    }

    private static JourneyEvent buy(String s, long minute) {
        return at(s, TouchpointKind.PURCHASE, "desk", minute).withProduct("X1");
    }

    /**
     * Starting Monday 2024-01-01 00:00 UTC.
     * v1: enters store, dwells 100 s at X1, buys X1 after 20 min (one visit).
     * v2: passes the store only.
     * v3: enters, dwells 20 s, leaves; returns 2 days later (two visits, no purchase).
     * v4: passes then enters, dwells 400 s, buys X1 3 days later — outside the 1-day window.
     */
    private static List<SubjectJourney> store() {
        return List.of(
                journey("v1", at("v1", TouchpointKind.ENTRY, "store", 0), dwell("v1", 100, 5), buy("v1", 20)),
                journey("v2", at("v2", TouchpointKind.PASS, "store", 0)),
                journey(
                        "v3",
                        at("v3", TouchpointKind.ENTRY, "store", 0),
                        dwell("v3", 20, 2),
                        at("v3", TouchpointKind.ENTRY, "store", 2 * DAY)),
                journey(
                        "v4",
                        at("v4", TouchpointKind.PASS, "store", 0),
                        at("v4", TouchpointKind.ENTRY, "store", 1),
                        dwell("v4", 400, 2),
                        buy("v4", 3 * DAY)));
    }

    private static ZoneReport analyze(ZoneAnalysis analysis) {
        return analysis.analyze(store());
    }

    @Test
    void captureRateIsStoppedSubjectsOverPassedOrStopped() {
        // store: passed or stopped v1 v2 v3 v4 = 4; stopped v1 v3 v4 = 3 → 0.75.
        // events: PASS v2, v4 = 2; ENTRY v1, v3 ×2, v4 = 4.
        ZoneTraffic store =
                analyze(ZoneAnalysis.defaults(ZoneOffset.UTC)).traffic().get("store");

        assertThat(store).isEqualTo(new ZoneTraffic("store", 2, 4, 4, 3, 0.75));
    }

    @Test
    void dwellDistributionHasBandsMedianAndP90() {
        // suv dwells 20, 100, 400 s: mean 173.3, median 100, p90 = 100 + 0.8 × (400 − 100) = 340.
        // default bands [0,30) [30,60) [60,120) [120,300) [300,600) 600+ → 1,0,1,0,1,0.
        DwellDistribution suv =
                analyze(ZoneAnalysis.defaults(ZoneOffset.UTC)).dwellByZone().get("suv");

        assertThat(suv.n()).isEqualTo(3);
        assertThat(suv.bandCounts()).containsExactly(1L, 0L, 1L, 0L, 1L, 0L);
        assertThat(suv.meanSeconds()).isCloseTo(173.333, within(1e-3));
        assertThat(suv.medianSeconds()).isEqualTo(100.0);
        assertThat(suv.p90Seconds()).isCloseTo(340.0, within(1e-9));
    }

    @Test
    void productConversionCountsPurchasesWithinTheWindowAfterDwelling() {
        // X1 dwelt by v1, v3, v4; only v1 bought within 1 day → 1/3.
        // bands: v3 20 s → 0–30s 0/1, v1 100 s → 60–120s 1/1, v4 400 s → 300–600s 0/1.
        ProductConversion x1 = analyze(ZoneAnalysis.defaults(ZoneOffset.UTC).withBands(DwellBands.defaults(), 1))
                .conversion()
                .get("X1");

        assertThat(x1.dwelt()).isEqualTo(3);
        assertThat(x1.converted()).isEqualTo(1);
        assertThat(x1.rate()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(x1.optimalBand()).isEqualTo("60–120s");
        assertThat(x1.bands().get(2)).isEqualTo(new BandConversion("60–120s", 1, 1, 1.0));
    }

    @Test
    void optimalBandNeedsTheMinimumSample() {
        ProductConversion x1 = analyze(ZoneAnalysis.defaults(ZoneOffset.UTC).withBands(DwellBands.defaults(), 2))
                .conversion()
                .get("X1");

        assertThat(x1.optimalBand()).isNull();
    }

    @Test
    void longerPurchaseWindowConvertsTheLateBuyer() {
        ProductConversion x1 = analyze(ZoneAnalysis.defaults(ZoneOffset.UTC).withPurchaseWindow(Duration.ofDays(3)))
                .conversion()
                .get("X1");

        assertThat(x1.converted()).isEqualTo(2);
    }

    @Test
    void frictionIsCountedPerVisit() {
        // visits: v1 1, v2 1, v3 2, v4 2 = 6. Without purchase: v2, v3a, v3b, v4a = 4; of them with an
        // entry or dwell: v3a, v3b, v4a = 3. store: passed not entered only v2's visit (v4 entered);
        // entered without purchase v3a, v3b, v4a = 3. No return within 30 days: v2 and v3b.
        ZoneReport report = analyze(ZoneAnalysis.defaults(ZoneOffset.UTC));

        assertThat(report.friction().get("store")).isEqualTo(new ZoneFriction("store", 1, 3));
        assertThat(report.visits()).isEqualTo(new VisitSummary(6, 3, 4, 2, 0));
    }

    @Test
    void visitsWhoseReturnPeriodIsNotOverAreCensored() {
        ZoneReport report =
                analyze(ZoneAnalysis.defaults(ZoneOffset.UTC).withReturn(Duration.ofDays(30), Events.at(10 * DAY)));

        assertThat(report.visits().notReturned()).isZero();
        assertThat(report.visits().censored()).isEqualTo(2);
    }

    @Test
    void arrivalsAreCountedByLocalWeekdayAndHour() {
        // store arrivals: Monday 00:00 UTC for v1..v4 (v4's PASS then ENTRY is one arrival), v3 again
        // Wednesday 00:00. In Shanghai (UTC+8) these are Monday 08:00 and Wednesday 08:00.
        ArrivalHeatmap utc =
                analyze(ZoneAnalysis.defaults(ZoneOffset.UTC)).arrivals().get("store");
        ArrivalHeatmap shanghai = analyze(ZoneAnalysis.defaults(ZoneId.of("Asia/Shanghai")))
                .arrivals()
                .get("store");

        assertThat(utc.count(DayOfWeek.MONDAY, 0)).isEqualTo(4);
        assertThat(utc.count(DayOfWeek.WEDNESDAY, 0)).isEqualTo(1);
        assertThat(utc.total()).isEqualTo(5);
        assertThat(shanghai.count(DayOfWeek.MONDAY, 8)).isEqualTo(4);
    }

    @Test
    void defaultVisitRuleSplitsAtMidnightButGapRuleDoesNot() {
        // 23:50 and 00:10 the next day: 20 min apart.
        SubjectJourney night = journey(
                "n",
                at("n", TouchpointKind.ENTRY, "store", DAY - 10),
                at("n", TouchpointKind.DWELL, "store", DAY + 10));

        ZoneReport byDay = ZoneAnalysis.defaults(ZoneOffset.UTC).analyze(List.of(night));
        ZoneReport byGap = ZoneAnalysis.defaults(ZoneOffset.UTC)
                .withVisitRule(VisitRule.gap(Duration.ofMinutes(30)))
                .analyze(List.of(night));

        assertThat(byDay.visits().visits()).isEqualTo(2);
        assertThat(byGap.visits().visits()).isEqualTo(1);
    }
}
