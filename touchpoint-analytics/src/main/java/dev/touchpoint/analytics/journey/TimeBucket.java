package dev.touchpoint.analytics.journey;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Calendar periods for bucketing measures over time; weeks are ISO weeks starting on Monday. */
public enum TimeBucket {
    /** One calendar day. */
    DAY,
    /** One ISO week, Monday to Sunday. */
    WEEK,
    /** One calendar month. */
    MONTH;

    /** Returns the first day of the period containing {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }
}
