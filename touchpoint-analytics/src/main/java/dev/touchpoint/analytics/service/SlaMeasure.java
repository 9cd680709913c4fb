package dev.touchpoint.analytics.service;

import java.time.Instant;

/**
 * One SLA target measured at a moment.
 *
 * @param targetMinutes the target in business minutes
 * @param elapsedMinutes business minutes used so far (or until the stop), pauses excluded
 * @param dueAt when the target runs out if the clock keeps running; null once stopped or while paused
 * @param state the resulting state
 */
public record SlaMeasure(long targetMinutes, long elapsedMinutes, Instant dueAt, SlaState state) {

    /** Share of the target used, in percent ({@code 100 × elapsed ÷ target}); 100 for a zero target. */
    public double percentUsed() {
        return targetMinutes == 0 ? 100.0 : 100.0 * elapsedMinutes / targetMinutes;
    }

    /** Business minutes left before the target runs out; negative once breached. */
    public long remainingMinutes() {
        return targetMinutes - elapsedMinutes;
    }
}
