package dev.touchpoint.analytics.service;

import java.time.LocalTime;

/**
 * A span of working time within one day, {@code [start, end)}, as minutes after midnight; an end of
 * 1440 means "until midnight", so {@code 00:00–24:00} is a whole day.
 *
 * @param startMinute first working minute, 0..1439
 * @param endMinute first minute after work, {@code startMinute + 1}..1440
 */
public record WorkingWindow(int startMinute, int endMinute) {

    /** Minutes in a day. */
    public static final int DAY = 24 * 60;

    /** The whole day, {@code 00:00–24:00}. */
    public static final WorkingWindow ALL_DAY = new WorkingWindow(0, DAY);

    public WorkingWindow {
        if (startMinute < 0 || startMinute >= DAY) {
            throw new IllegalArgumentException("start must be within the day: " + startMinute);
        }
        if (endMinute <= startMinute || endMinute > DAY) {
            throw new IllegalArgumentException(
                    "end must be after start and at most 24:00: " + startMinute + "–" + endMinute);
        }
    }

    /**
     * Returns the window from {@code start} to {@code end}; an {@code end} of {@code 00:00} means
     * midnight at the end of the day.
     */
    public static WorkingWindow of(LocalTime start, LocalTime end) {
        int e = end.equals(LocalTime.MIDNIGHT) ? DAY : end.getHour() * 60 + end.getMinute();
        return new WorkingWindow(start.getHour() * 60 + start.getMinute(), e);
    }

    /** The start as a time of day. */
    public LocalTime start() {
        return LocalTime.of(startMinute / 60, startMinute % 60);
    }

    /** The end as a time of day; midnight ({@code 00:00}) when the window runs to the end of the day. */
    public LocalTime end() {
        return endMinute == DAY ? LocalTime.MIDNIGHT : LocalTime.of(endMinute / 60, endMinute % 60);
    }

    /** Length in minutes. */
    public int minutes() {
        return endMinute - startMinute;
    }

    /** Whether this window and {@code other} share a minute. */
    boolean overlaps(WorkingWindow other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }
}
