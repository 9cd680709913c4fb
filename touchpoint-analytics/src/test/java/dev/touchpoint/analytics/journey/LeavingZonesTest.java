package dev.touchpoint.analytics.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeavingZonesTest {

    private static JourneyEvent at(String subject, String time, TouchpointKind kind, String zone) {
        return JourneyEvent.of(subject, "TP_" + kind, kind, Instant.parse("2025-03-01T" + time + ":00Z"))
                .withZone(zone);
    }

    @Test
    void countsEachVisitWithoutPurchaseAtItsLastZoneBeforeTheExit() {
        var leaving = new LeavingZones(ZoneOffset.UTC, "SHOWROOM");
        // a: entrance → showroom → exit (left at the showroom); 2 h later a new visit: entrance → purchase
        leaving.accept(SubjectJourney.of(
                "a",
                List.of(
                        at("a", "10:00", TouchpointKind.ENTRY, "ENTRANCE"),
                        at("a", "10:05", TouchpointKind.DWELL, "SHOWROOM"),
                        at("a", "10:20", TouchpointKind.EXIT, "EXIT"),
                        at("a", "12:30", TouchpointKind.ENTRY, "ENTRANCE"),
                        at("a", "12:40", TouchpointKind.PURCHASE, "NEGOTIATION"),
                        // after the first purchase, a delivery visit without purchase is not a prospect leaving
                        at("a", "16:00", TouchpointKind.DWELL, "DELIVERY"))));
        // b: entrance → lounge, no exit event: left at the lounge; c: a 50-minute dwell, then the visit ends
        // normally (END): one visit, since the gap counts from the end of the dwell
        leaving.accept(SubjectJourney.of(
                "b",
                List.of(
                        at("b", "10:00", TouchpointKind.ENTRY, "ENTRANCE"),
                        at("b", "10:10", TouchpointKind.DWELL, "LOUNGE"))));
        leaving.accept(SubjectJourney.of(
                "c",
                List.of(
                        at("c", "10:00", TouchpointKind.DWELL, "SERVICE_DESK").withDuration(3000),
                        at("c", "11:00", TouchpointKind.END, "SERVICE_DESK"))));
        assertThat(leaving.counts())
                .containsExactly(java.util.Map.entry("LOUNGE", 1L), java.util.Map.entry("SHOWROOM", 1L));
        assertThat(leaving.listed()).containsExactly("a");
    }
}
