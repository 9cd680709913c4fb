package dev.touchpoint.server.sales.pool;

import java.time.Duration;
import java.time.Instant;

/**
 * When a subject returns to the pool. The follow-up clock starts at the later of the last follow-up
 * and the assignment; the deal clock at the later of the last won deal and the assignment. The
 * earliest deadline wins; the owner is warned {@code warnDays} before it.
 */
public final class PoolRules {

    /** The deadline and which rule sets it ({@code NO_FOLLOW_UP} or {@code NO_DEAL}). */
    public record Deadline(Instant at, String reason) {}

    private PoolRules() {}

    public static Deadline deadline(PoolRepository.Subject s, PoolRule rule) {
        var followUpStart = later(s.lastFollowUpAt(), s.assignedAt());
        var deadline = new Deadline(followUpStart.plus(Duration.ofDays(rule.noFollowUpDays())), "NO_FOLLOW_UP");
        if (rule.noDealDays() != null) {
            var dealStart = later(s.lastWonAt(), s.assignedAt());
            var deal = dealStart.plus(Duration.ofDays(rule.noDealDays()));
            if (deal.isBefore(deadline.at())) {
                deadline = new Deadline(deal, "NO_DEAL");
            }
        }
        return deadline;
    }

    static boolean due(Deadline d, Instant now) {
        return !now.isBefore(d.at());
    }

    /** Warn once: inside the warning window and not warned since the clock last restarted. */
    public static boolean warn(PoolRepository.Subject s, Deadline d, int warnDays, Instant now) {
        if (warnDays <= 0 || now.isBefore(d.at().minus(Duration.ofDays(warnDays)))) {
            return false;
        }
        return s.warnedAt() == null;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
