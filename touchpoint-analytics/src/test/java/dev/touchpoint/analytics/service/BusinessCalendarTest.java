package dev.touchpoint.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every expected value below is counted by hand on a wall calendar; comments show the sums. */
class BusinessCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final BusinessCalendar OFFICE = BusinessCalendar.weekdays(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(18, 0));

    /** 2025 National Day and Spring Festival as announced by the State Council (国办发明电〔2024〕12号). */
    static final BusinessCalendar CN_2025 = OFFICE.withSpecialDays(
            Stream.concat(range("2025-01-28", "2025-02-04"), range("2025-10-01", "2025-10-08"))
                    .collect(Collectors.toSet()),
            Set.of(
                    LocalDate.parse("2025-01-26"),
                    LocalDate.parse("2025-02-08"),
                    LocalDate.parse("2025-09-28"),
                    LocalDate.parse("2025-10-11")));

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static Stream<LocalDate> range(String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1));
    }

    @Test
    void fridayAfternoonToMondayMorningCountsOnlyOfficeHours() {
        // 2025-01-10 is a Friday: 17:00–18:00 = 60, Monday 09:00–09:30 = 30
        assertThat(OFFICE.businessMinutesBetween(at("2025-01-10T17:00"), at("2025-01-13T09:30")))
                .isEqualTo(90);
    }

    @Test
    void withinOneDayAndAcrossANight() {
        assertThat(OFFICE.businessMinutesBetween(at("2025-01-14T10:00"), at("2025-01-14T11:15")))
                .isEqualTo(75);
        // Tuesday 17:30–18:00 = 30, Wednesday 09:00–09:10 = 10
        assertThat(OFFICE.businessMinutesBetween(at("2025-01-14T17:30"), at("2025-01-15T09:10")))
                .isEqualTo(40);
        // before opening until after closing: the whole 9 hours
        assertThat(OFFICE.businessMinutesBetween(at("2025-01-14T07:00"), at("2025-01-14T20:00")))
                .isEqualTo(540);
        // a weekend alone has no business time
        assertThat(OFFICE.businessMinutesBetween(at("2025-01-11T09:00"), at("2025-01-12T18:00")))
                .isZero();
        // backwards is zero, not negative
        assertThat(OFFICE.businessMinutesBetween(at("2025-01-14T11:00"), at("2025-01-14T10:00")))
                .isZero();
    }

    @Test
    void secondsAreSummedBeforeTruncatingToMinutes() {
        // 09:00:40 → 09:02:20 is 100 seconds: one whole minute
        assertThat(OFFICE.businessMinutesBetween(at("2025-01-14T09:00:40"), at("2025-01-14T09:02:20")))
                .isEqualTo(1);
    }

    @Test
    void publicHolidaysHaveNoBusinessTime() {
        // Tuesday 30 Sep 17:00–18:00 = 60; 1–8 Oct holiday; Thursday 9 Oct 09:00–09:30 = 30
        assertThat(CN_2025.businessMinutesBetween(at("2025-09-30T17:00"), at("2025-10-09T09:30")))
                .isEqualTo(90);
        assertThat(CN_2025.isWorkingDay(LocalDate.parse("2025-10-06"))).isFalse();
    }

    @Test
    void makeUpWorkingDaysOnAWeekendCount() {
        // Friday 10 Oct 17:00–18:00 = 60; Saturday 11 Oct is a make-up day = 540; Monday 09:00–09:30 = 30
        assertThat(CN_2025.businessMinutesBetween(at("2025-10-10T17:00"), at("2025-10-13T09:30")))
                .isEqualTo(630);
        assertThat(CN_2025.isWorkingDay(LocalDate.parse("2025-10-11"))).isTrue();
        assertThat(OFFICE.isWorkingDay(LocalDate.parse("2025-10-11"))).isFalse();
    }

    @Test
    void springFestivalWeekWithMakeUpSunday() {
        // Fri 24 Jan 17–18 = 60; Sat off; Sun 26 Jan make-up = 540; Mon 27 Jan = 540;
        // 28 Jan–4 Feb holiday; Wed 5 Feb 09–10 = 60 → 1200
        assertThat(CN_2025.businessMinutesBetween(at("2025-01-24T17:00"), at("2025-02-05T10:00")))
                .isEqualTo(1200);
    }

    @Test
    void pausesAreSubtractedOnceAndOnlyWhereTheyOverlapWorkingTime() {
        var from = at("2025-01-13T09:00");
        var to = at("2025-01-13T17:00"); // 480
        assertThat(OFFICE.businessMinutesBetween(
                        from, to, List.of(TimeInterval.of(at("2025-01-13T10:00"), at("2025-01-13T11:30")))))
                .isEqualTo(390);
        // overlapping pauses 10:00–11:00 and 10:30–11:30 cover 90 minutes, not 120
        assertThat(OFFICE.businessMinutesBetween(
                        from,
                        to,
                        List.of(
                                TimeInterval.of(at("2025-01-13T10:00"), at("2025-01-13T11:00")),
                                TimeInterval.of(at("2025-01-13T10:30"), at("2025-01-13T11:30")))))
                .isEqualTo(390);
        // a pause outside the span changes nothing
        assertThat(OFFICE.businessMinutesBetween(
                        from, to, List.of(TimeInterval.of(at("2025-01-10T10:00"), at("2025-01-10T11:00")))))
                .isEqualTo(480);
    }

    @Test
    void aPauseOverNightOnlyRemovesItsWorkingMinutes() {
        // Mon 09:00 → Tue 12:00 = 540 + 180 = 720; pause Mon 17:00 → Tue 10:00 holds 60 + 60 → 600
        assertThat(OFFICE.businessMinutesBetween(
                        at("2025-01-13T09:00"),
                        at("2025-01-14T12:00"),
                        List.of(TimeInterval.of(at("2025-01-13T17:00"), at("2025-01-14T10:00")))))
                .isEqualTo(600);
    }

    @Test
    void anOpenPauseRunsToTheEndOfTheSpan() {
        // 09:00–17:00 = 480, paused since 16:00 → 420
        assertThat(OFFICE.businessMinutesBetween(
                        at("2025-01-13T09:00"),
                        at("2025-01-13T17:00"),
                        List.of(TimeInterval.openFrom(at("2025-01-13T16:00")))))
                .isEqualTo(420);
    }

    @Test
    void addingBusinessMinutesSkipsNightsWeekendsAndHolidays() {
        assertThat(OFFICE.addBusinessMinutes(at("2025-01-10T17:00"), 90)).isEqualTo(at("2025-01-13T09:30"));
        assertThat(OFFICE.addBusinessMinutes(at("2025-01-14T17:30"), 40)).isEqualTo(at("2025-01-15T09:10"));
        assertThat(OFFICE.addBusinessMinutes(at("2025-01-13T07:00"), 30)).isEqualTo(at("2025-01-13T09:30"));
        assertThat(CN_2025.addBusinessMinutes(at("2025-09-30T17:00"), 90)).isEqualTo(at("2025-10-09T09:30"));
        // Friday 10 Oct 17:00 + 120: 60 on Friday, then 60 on the make-up Saturday
        assertThat(CN_2025.addBusinessMinutes(at("2025-10-10T17:00"), 120)).isEqualTo(at("2025-10-11T10:00"));
    }

    @Test
    void aTargetUsedUpAtClosingIsDueAtClosing() {
        assertThat(OFFICE.addBusinessMinutes(at("2025-01-10T17:00"), 60)).isEqualTo(at("2025-01-10T18:00"));
        assertThat(OFFICE.addBusinessMinutes(at("2025-01-11T12:00"), 0)).isEqualTo(at("2025-01-11T12:00"));
        assertThatThrownBy(() -> OFFICE.addBusinessMinutes(at("2025-01-11T12:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lunchBreaksSplitTheDay() {
        var withLunch = BusinessCalendar.of(
                SHANGHAI,
                Set.of(DayOfWeek.MONDAY),
                List.of(
                        WorkingWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        WorkingWindow.of(LocalTime.of(13, 0), LocalTime.of(18, 0))),
                Set.of(),
                Set.of());
        // 11:00–12:00 = 60, 13:00–14:00 = 60
        assertThat(withLunch.businessMinutesBetween(at("2025-01-13T11:00"), at("2025-01-13T14:00")))
                .isEqualTo(120);
        assertThat(withLunch.addBusinessMinutes(at("2025-01-13T11:30"), 45)).isEqualTo(at("2025-01-13T13:15"));
    }

    @Test
    void twentyFourSevenCountsWallTime() {
        var always = BusinessCalendar.twentyFourSeven(SHANGHAI);
        // Friday 17:00 → Monday 09:30 = 64.5 hours
        assertThat(always.businessMinutesBetween(at("2025-01-10T17:00"), at("2025-01-13T09:30")))
                .isEqualTo(3870);
        assertThat(always.addBusinessMinutes(at("2025-01-10T17:00"), 3870)).isEqualTo(at("2025-01-13T09:30"));
    }

    @Test
    void daylightSavingDaysAreShorter() {
        var newYork = ZoneId.of("America/New_York");
        var always = BusinessCalendar.twentyFourSeven(newYork);
        var from = LocalDateTime.parse("2025-03-09T00:00").atZone(newYork).toInstant();
        var to = LocalDateTime.parse("2025-03-10T00:00").atZone(newYork).toInstant();
        assertThat(always.businessMinutesBetween(from, to)).isEqualTo(23 * 60);
    }

    @Test
    void isWorkingAtKnowsOpeningAndClosing() {
        assertThat(OFFICE.isWorkingAt(at("2025-01-13T09:00"))).isTrue();
        assertThat(OFFICE.isWorkingAt(at("2025-01-13T18:00"))).isFalse();
        assertThat(OFFICE.isWorkingAt(at("2025-01-11T10:00"))).isFalse();
    }

    @Test
    void rejectsContradictoryCalendars() {
        assertThatThrownBy(() -> BusinessCalendar.of(
                        SHANGHAI,
                        Set.of(DayOfWeek.MONDAY),
                        List.of(
                                WorkingWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                                WorkingWindow.of(LocalTime.of(11, 0), LocalTime.of(18, 0))),
                        Set.of(),
                        Set.of()))
                .hasMessageContaining("overlap");
        var day = LocalDate.parse("2025-10-01");
        assertThatThrownBy(() -> OFFICE.withSpecialDays(Set.of(day), Set.of(day)))
                .hasMessageContaining("both");
        assertThatThrownBy(() -> WorkingWindow.of(LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WorkingWindow.of(LocalTime.of(20, 0), LocalTime.MIDNIGHT).minutes())
                .isEqualTo(240);
    }
}
