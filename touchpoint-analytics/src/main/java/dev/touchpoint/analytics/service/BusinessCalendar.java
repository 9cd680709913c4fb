package dev.touchpoint.analytics.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a service team works, for measuring SLA clocks in business time (DOMAIN.md §4: fast reply
 * "with business hours and SLA targets").
 *
 * <p>A day's working windows are, in order of precedence: none on a {@link #holidays() holiday};
 * {@link #makeUpHours()} on a {@link #makeUpWorkdays() make-up working day} (调休上班日, a weekend
 * day the State Council declares a working day to bridge a holiday); otherwise the windows of its
 * weekday. Times are local to {@link #zone()}, so daylight-saving changes are honoured.
 *
 * <p>Business time between two instants is the length of their overlap with every working window;
 * e.g. under Mon–Fri 09:00–18:00, from Friday 17:00 to Monday 09:30 is 60 + 30 = 90 minutes.
 *
 * @param zone the zone the working hours are given in
 * @param weeklyHours working windows per weekday, sorted and not overlapping; a missing or empty
 *     weekday is a day off
 * @param holidays dates without work, whatever their weekday
 * @param makeUpWorkdays dates that are working days whatever their weekday
 * @param makeUpHours the windows of a make-up working day
 */
public record BusinessCalendar(
        ZoneId zone,
        Map<DayOfWeek, List<WorkingWindow>> weeklyHours,
        Set<LocalDate> holidays,
        Set<LocalDate> makeUpWorkdays,
        List<WorkingWindow> makeUpHours) {

    /** How far {@link #addBusinessMinutes} searches for working time before giving up. */
    private static final int SEARCH_DAYS = 3660;

    public BusinessCalendar {
        if (zone == null) {
            throw new IllegalArgumentException("zone is required");
        }
        var hours = new EnumMap<DayOfWeek, List<WorkingWindow>>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            hours.put(day, checkedWindows(weeklyHours.getOrDefault(day, List.of()), day.toString()));
        }
        weeklyHours = Map.copyOf(hours);
        holidays = Set.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        makeUpHours = checkedWindows(makeUpHours, "make-up working days");
        for (var d : makeUpWorkdays) {
            if (holidays.contains(d)) {
                throw new IllegalArgumentException(d + " is both a holiday and a make-up working day");
            }
        }
        if (!makeUpWorkdays.isEmpty() && makeUpHours.isEmpty()) {
            throw new IllegalArgumentException("make-up working days need working hours");
        }
    }

    /**
     * Returns a calendar with the same windows on each listed weekday; make-up working days use them
     * too.
     */
    public static BusinessCalendar of(
            ZoneId zone,
            Set<DayOfWeek> workingDays,
            List<WorkingWindow> windows,
            Set<LocalDate> holidays,
            Set<LocalDate> makeUpWorkdays) {
        var hours = new EnumMap<DayOfWeek, List<WorkingWindow>>(DayOfWeek.class);
        workingDays.forEach(d -> hours.put(d, windows));
        return new BusinessCalendar(zone, hours, holidays, makeUpWorkdays, windows);
    }

    /** Returns Monday to Friday, {@code open} to {@code close}, without holidays. */
    public static BusinessCalendar weekdays(ZoneId zone, LocalTime open, LocalTime close) {
        return of(
                zone,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                List.of(WorkingWindow.of(open, close)),
                Set.of(),
                Set.of());
    }

    /** Returns a calendar where every minute is business time (24×7): business time = wall time. */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        return of(zone, Set.of(DayOfWeek.values()), List.of(WorkingWindow.ALL_DAY), Set.of(), Set.of());
    }

    /** Returns this calendar with other holidays and make-up working days. */
    public BusinessCalendar withSpecialDays(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        return new BusinessCalendar(zone, weeklyHours, holidays, makeUpWorkdays, makeUpHours);
    }

    /** The working windows of {@code date}, in order; empty on a day off. */
    public List<WorkingWindow> windowsOn(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        if (makeUpWorkdays.contains(date)) {
            return makeUpHours;
        }
        return weeklyHours.get(date.getDayOfWeek());
    }

    /** Whether {@code date} has any working time. */
    public boolean isWorkingDay(LocalDate date) {
        return !windowsOn(date).isEmpty();
    }

    /** Whether {@code t} falls inside a working window. */
    public boolean isWorkingAt(Instant t) {
        var date = LocalDate.ofInstant(t, zone);
        for (var w : windowsOn(date)) {
            if (!t.isBefore(start(date, w)) && t.isBefore(end(date, w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the business time from {@code from} to {@code to} in whole minutes (seconds are summed
     * first, then truncated); 0 when {@code to} is not after {@code from}.
     */
    public long businessMinutesBetween(Instant from, Instant to) {
        return businessMillis(from, to) / 60_000;
    }

    /**
     * Returns the business time from {@code from} to {@code to} minus the business time inside
     * {@code pauses} (clipped to the span, overlaps counted once; an open pause runs to {@code to}), in
     * whole minutes.
     */
    public long businessMinutesBetween(Instant from, Instant to, Collection<TimeInterval> pauses) {
        return businessMillis(from, to, pauses) / 60_000;
    }

    /** Like {@link #businessMinutesBetween(Instant, Instant, Collection)}, in milliseconds. */
    public long businessMillis(Instant from, Instant to, Collection<TimeInterval> pauses) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long total = businessMillis(from, to);
        for (var pause : TimeInterval.clipAndMerge(pauses, from, to)) {
            total -= businessMillis(pause.start(), pause.end());
        }
        return total;
    }

    /** The business time from {@code from} to {@code to} in milliseconds. */
    public long businessMillis(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long total = 0;
        var last = LocalDate.ofInstant(to, zone);
        for (var d = LocalDate.ofInstant(from, zone); !d.isAfter(last); d = d.plusDays(1)) {
            for (var w : windowsOn(d)) {
                Instant s = max(start(d, w), from);
                Instant e = min(end(d, w), to);
                if (s.isBefore(e)) {
                    total += Duration.between(s, e).toMillis();
                }
            }
        }
        return total;
    }

    /**
     * Returns the instant at which {@code minutes} of business time have passed since {@code start}:
     * the due time of a target. Zero minutes gives {@code start} itself; otherwise the result lies in
     * or at the end of a working window (a target used up exactly at 18:00 is due at 18:00, not at the
     * next opening).
     *
     * @throws IllegalStateException when the calendar has no working time for ten years
     */
    public Instant addBusinessMinutes(Instant start, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative: " + minutes);
        }
        return addBusinessMillis(start, minutes * 60_000);
    }

    /** Like {@link #addBusinessMinutes(Instant, long)}, at millisecond precision. */
    public Instant addBusinessMillis(Instant start, long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("millis must not be negative: " + millis);
        }
        if (millis == 0) {
            return start;
        }
        long remaining = millis;
        var d = LocalDate.ofInstant(start, zone);
        for (int i = 0; i < SEARCH_DAYS; i++, d = d.plusDays(1)) {
            for (var w : windowsOn(d)) {
                Instant s = max(start(d, w), start);
                Instant e = end(d, w);
                if (!s.isBefore(e)) {
                    continue;
                }
                long available = Duration.between(s, e).toMillis();
                if (remaining <= available) {
                    return s.plusMillis(remaining);
                }
                remaining -= available;
            }
        }
        throw new IllegalStateException("no working time within " + SEARCH_DAYS + " days");
    }

    private Instant start(LocalDate d, WorkingWindow w) {
        return d.atTime(w.start()).atZone(zone).toInstant();
    }

    private Instant end(LocalDate d, WorkingWindow w) {
        return w.endMinute() == WorkingWindow.DAY
                ? d.plusDays(1).atStartOfDay(zone).toInstant()
                : d.atTime(w.end()).atZone(zone).toInstant();
    }

    private static List<WorkingWindow> checkedWindows(List<WorkingWindow> windows, String what) {
        var sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingInt(WorkingWindow::startMinute));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("working windows of " + what + " overlap");
            }
        }
        return List.copyOf(sorted);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
