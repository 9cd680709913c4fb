package dev.touchpoint.analytics.service;

import java.time.Instant;
import java.util.Collection;

/**
 * Measures an SLA target in business time.
 *
 * <p>{@code elapsed = business time(start, stop or now) − business time inside pauses}. A stopped
 * clock is {@link SlaState#MET} when {@code elapsed ≤ target}, else {@link SlaState#MISSED}. A running
 * clock is {@link SlaState#BREACHED} when {@code elapsed > target}, {@link SlaState#PAUSED} when a
 * pause covers {@code now}, {@link SlaState#DUE_SOON} when {@code elapsed ≥ dueSoonPercent % ×
 * target}, else {@link SlaState#RUNNING}; its due time is {@code now + (target − elapsed)} business
 * minutes (see {@link BusinessCalendar#addBusinessMinutes}).
 */
public final class SlaClock {

    private SlaClock() {}

    /**
     * Measures one target.
     *
     * @param calendar business hours of the policy
     * @param start when the clock started (ticket created, or the customer message awaiting a reply)
     * @param stop when it stopped (first reply, solved), or null while running
     * @param now the moment of measurement; ignored once stopped
     * @param pauses intervals that do not count; an open one means paused now
     * @param targetMinutes the target in business minutes, not negative
     * @param dueSoonPercent share of the target (1..100) from which a running clock is due soon
     */
    public static SlaMeasure measure(
            BusinessCalendar calendar,
            Instant start,
            Instant stop,
            Instant now,
            Collection<TimeInterval> pauses,
            long targetMinutes,
            int dueSoonPercent) {
        if (targetMinutes < 0) {
            throw new IllegalArgumentException("target must not be negative");
        }
        if (dueSoonPercent < 1 || dueSoonPercent > 100) {
            throw new IllegalArgumentException("due-soon percent must be 1..100: " + dueSoonPercent);
        }
        long targetMillis = targetMinutes * 60_000;
        if (stop != null) {
            long used = calendar.businessMillis(start, stop, pauses);
            return new SlaMeasure(
                    targetMinutes, used / 60_000, null, used <= targetMillis ? SlaState.MET : SlaState.MISSED);
        }
        long used = calendar.businessMillis(start, now, pauses);
        long minutes = used / 60_000;
        if (used > targetMillis) {
            return new SlaMeasure(targetMinutes, minutes, null, SlaState.BREACHED);
        }
        boolean paused = pauses.stream().anyMatch(p -> p.contains(now));
        if (paused) {
            return new SlaMeasure(targetMinutes, minutes, null, SlaState.PAUSED);
        }
        var due = calendar.addBusinessMillis(now, targetMillis - used);
        var state = used * 100 >= targetMillis * dueSoonPercent ? SlaState.DUE_SOON : SlaState.RUNNING;
        return new SlaMeasure(targetMinutes, minutes, due, state);
    }
}
