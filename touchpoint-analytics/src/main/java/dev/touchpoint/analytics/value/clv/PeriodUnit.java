package dev.touchpoint.analytics.value.clv;

/**
 * The unit in which recency, T and forecast horizons are expressed.
 *
 * <p>All durations are first measured in whole days between dates; a week is exactly seven days,
 * so a 213-day recency is 213 ÷ 7 = 30.43 weeks (fractional weeks are kept, never rounded).
 */
public enum PeriodUnit {
    /** One calendar day. */
    DAY(1),
    /** Seven calendar days. */
    WEEK(7);

    private final int days;

    PeriodUnit(int days) {
        this.days = days;
    }

    /**
     * Returns the length of one unit in days.
     *
     * @return days per unit
     */
    public int days() {
        return days;
    }

    /**
     * Converts a number of days into this unit.
     *
     * @param dayCount a duration in days
     * @return the same duration in this unit
     */
    public double fromDays(long dayCount) {
        return (double) dayCount / days;
    }
}
