package dev.touchpoint.analytics.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A span of time {@code [start, end)}, e.g. a pause of an SLA clock while a ticket waits for the
 * customer. An open interval (still paused) has {@code end == null}.
 *
 * @param start inclusive start
 * @param end exclusive end, or null while the interval is still open
 */
public record TimeInterval(Instant start, Instant end) {

    public TimeInterval {
        if (start == null) {
            throw new IllegalArgumentException("start is required");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /** Returns the closed interval {@code [start, end)}. */
    public static TimeInterval of(Instant start, Instant end) {
        return new TimeInterval(start, end);
    }

    /** Returns an interval that has not ended yet. */
    public static TimeInterval openFrom(Instant start) {
        return new TimeInterval(start, null);
    }

    /** Whether the interval has not ended. */
    public boolean isOpen() {
        return end == null;
    }

    /** Whether {@code t} lies in {@code [start, end)}, an open interval reaching into the future. */
    public boolean contains(Instant t) {
        return !t.isBefore(start) && (end == null || t.isBefore(end));
    }

    /**
     * Returns the intervals clipped to {@code [from, to)} (open ones end at {@code to}), sorted and with
     * overlapping or touching ones merged, so no time is counted twice.
     */
    static List<TimeInterval> clipAndMerge(Collection<TimeInterval> intervals, Instant from, Instant to) {
        var clipped = new ArrayList<TimeInterval>();
        for (var i : intervals) {
            Instant s = i.start.isBefore(from) ? from : i.start;
            Instant e = i.end == null || i.end.isAfter(to) ? to : i.end;
            if (s.isBefore(e)) {
                clipped.add(new TimeInterval(s, e));
            }
        }
        clipped.sort(Comparator.comparing(TimeInterval::start));
        var merged = new ArrayList<TimeInterval>();
        for (var i : clipped) {
            if (!merged.isEmpty() && !i.start.isAfter(merged.get(merged.size() - 1).end)) {
                var last = merged.remove(merged.size() - 1);
                merged.add(new TimeInterval(last.start, i.end.isAfter(last.end) ? i.end : last.end));
            } else {
                merged.add(i);
            }
        }
        return merged;
    }
}
