package dev.touchpoint.analytics.journey;

import java.time.Duration;

/**
 * When a subject's events form one visit (session). A new visit starts at an event whose gap to the
 * previous event is at least {@code maxGap}, or — when {@code splitAtMidnight} — that falls on
 * another local calendar day.
 *
 * @param maxGap the gap that ends a visit, or {@code null} for no gap limit
 * @param splitAtMidnight whether a visit also ends with the local day
 */
public record VisitRule(Duration maxGap, boolean splitAtMidnight) {

    /** Validates. */
    public VisitRule {
        if (maxGap != null && (maxGap.isNegative() || maxGap.isZero())) {
            throw new IllegalArgumentException("maxGap must be positive");
        }
        if (maxGap == null && !splitAtMidnight) {
            throw new IllegalArgumentException("a visit rule needs a gap, a day split, or both");
        }
    }

    /** Returns the default: gaps under 30 minutes on the same local day. */
    public static VisitRule defaults() {
        return new VisitRule(Duration.ofMinutes(30), true);
    }

    /** Returns a rule where one local day is one visit. */
    public static VisitRule sameDay() {
        return new VisitRule(null, true);
    }

    /** Returns a rule where gaps shorter than {@code maxGap} keep the visit going, across days too. */
    public static VisitRule gap(Duration maxGap) {
        return new VisitRule(maxGap, false);
    }

    boolean startsNewVisit(JourneyEvent previous, JourneyEvent next, LocalCalendar calendar) {
        if (maxGap != null
                && Duration.between(previous.occurredAt(), next.occurredAt()).compareTo(maxGap) >= 0) {
            return true;
        }
        return splitAtMidnight && calendar.epochDay(previous.occurredAt()) != calendar.epochDay(next.occurredAt());
    }
}
