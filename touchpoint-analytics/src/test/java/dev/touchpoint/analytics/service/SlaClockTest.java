package dev.touchpoint.analytics.service;

import static dev.touchpoint.analytics.service.BusinessCalendarTest.OFFICE;
import static dev.touchpoint.analytics.service.BusinessCalendarTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    // opened Friday 10 Jan 2025 17:00, first-response target 120 business minutes, due soon at 80 %
    static final java.time.Instant OPENED = at("2025-01-10T17:00");

    static SlaMeasure running(String now) {
        return SlaClock.measure(OFFICE, OPENED, null, at(now), List.of(), 120, 80);
    }

    @Test
    void aRunningClockPredictsItsDueTimeInBusinessHours() {
        var m = running("2025-01-10T17:30");
        assertThat(m.elapsedMinutes()).isEqualTo(30);
        assertThat(m.state()).isEqualTo(SlaState.RUNNING);
        // 90 minutes left: 30 on Friday, 60 on Monday
        assertThat(m.dueAt()).isEqualTo(at("2025-01-13T10:00"));
        assertThat(m.remainingMinutes()).isEqualTo(90);
    }

    @Test
    void overTheWeekendNothingIsUsed() {
        assertThat(running("2025-01-12T23:00").elapsedMinutes()).isEqualTo(60);
    }

    @Test
    void dueSoonFromEightyPercent() {
        // 60 + 36 = 96 = 80 % of 120
        assertThat(running("2025-01-13T09:35").state()).isEqualTo(SlaState.RUNNING);
        var m = running("2025-01-13T09:36");
        assertThat(m.state()).isEqualTo(SlaState.DUE_SOON);
        assertThat(m.dueAt()).isEqualTo(at("2025-01-13T10:00"));
    }

    @Test
    void breachedOncePastTheTarget() {
        assertThat(running("2025-01-13T10:00").state()).isEqualTo(SlaState.DUE_SOON);
        assertThat(running("2025-01-13T10:01").state()).isEqualTo(SlaState.BREACHED);
        assertThat(running("2025-01-13T10:01").dueAt()).isNull();
    }

    @Test
    void aStoppedClockIsMetOrMissed() {
        var met = SlaClock.measure(OFFICE, OPENED, at("2025-01-13T09:30"), at("2025-02-01T00:00"), List.of(), 120, 80);
        assertThat(met.state()).isEqualTo(SlaState.MET);
        assertThat(met.elapsedMinutes()).isEqualTo(90);
        var exactly = SlaClock.measure(OFFICE, OPENED, at("2025-01-13T10:00"), null, List.of(), 120, 80);
        assertThat(exactly.state()).isEqualTo(SlaState.MET);
        var late = SlaClock.measure(OFFICE, OPENED, at("2025-01-13T10:00:30"), null, List.of(), 120, 80);
        assertThat(late.state()).isEqualTo(SlaState.MISSED);
        assertThat(late.state().breached()).isTrue();
    }

    @Test
    void aPausedClockStandsStillAndResumes() {
        var opened = at("2025-01-13T09:00");
        var pausedSince = List.of(TimeInterval.openFrom(at("2025-01-13T10:00")));
        var paused = SlaClock.measure(OFFICE, opened, null, at("2025-01-13T15:00"), pausedSince, 240, 80);
        assertThat(paused.state()).isEqualTo(SlaState.PAUSED);
        assertThat(paused.elapsedMinutes()).isEqualTo(60);
        assertThat(paused.dueAt()).isNull();

        var resumed = List.of(TimeInterval.of(at("2025-01-13T10:00"), at("2025-01-13T14:00")));
        var running = SlaClock.measure(OFFICE, opened, null, at("2025-01-13T15:00"), resumed, 240, 80);
        // 09–10 and 14–15 count: 120 used, 120 left → 17:00
        assertThat(running.elapsedMinutes()).isEqualTo(120);
        assertThat(running.state()).isEqualTo(SlaState.RUNNING);
        assertThat(running.dueAt()).isEqualTo(at("2025-01-13T17:00"));
    }

    @Test
    void aBreachStaysVisibleWhilePaused() {
        var opened = at("2025-01-13T09:00");
        var pause = List.of(TimeInterval.openFrom(at("2025-01-13T12:00")));
        var m = SlaClock.measure(OFFICE, opened, null, at("2025-01-13T15:00"), pause, 120, 80);
        assertThat(m.elapsedMinutes()).isEqualTo(180);
        assertThat(m.state()).isEqualTo(SlaState.BREACHED);
        assertThat(m.percentUsed()).isEqualTo(150.0);
    }
}
