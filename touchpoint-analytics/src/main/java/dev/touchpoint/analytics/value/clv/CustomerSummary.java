package dev.touchpoint.analytics.value.clv;

import java.util.Objects;

/**
 * The recency–frequency–monetary summary of one customer used by BG/NBD and Gamma-Gamma.
 *
 * <p>Conventions (Fader, Hardie &amp; Lee 2005): purchases on the same day count once (amounts
 * summed); {@code frequency} x is the number of <em>repeat</em> purchase days (distinct days − 1);
 * {@code recency} t<sub>x</sub> is the time from the first to the last purchase; {@code age} T is
 * the time from the first purchase to the end of the calibration period; {@code monetary} m̄ is
 * the mean amount of the repeat purchase days only, 0 when x = 0. Times are in one {@link
 * PeriodUnit}.
 *
 * @param id the customer's identifier
 * @param frequency x, the number of repeat purchases, ≥ 0
 * @param recency t<sub>x</sub>, in [0, T], and 0 when x = 0
 * @param age T, the length of the observation period since the first purchase, ≥ 0
 * @param monetary m̄, the mean value of the repeat purchases, ≥ 0
 */
public record CustomerSummary(String id, int frequency, double recency, double age, double monetary) {

    /** Validates the summary. */
    public CustomerSummary {
        Objects.requireNonNull(id, "id");
        if (frequency < 0) {
            throw new IllegalArgumentException(id + ": frequency must be >= 0, was " + frequency);
        }
        if (!(recency >= 0 && recency <= age) || !Double.isFinite(age)) {
            throw new IllegalArgumentException(id + ": need 0 <= recency <= T, was recency " + recency + ", T " + age);
        }
        if (frequency == 0 && recency != 0) {
            throw new IllegalArgumentException(id + ": recency must be 0 when frequency is 0");
        }
        if (!(monetary >= 0) || !Double.isFinite(monetary)) {
            throw new IllegalArgumentException(id + ": monetary must be finite and >= 0");
        }
    }

    /**
     * Creates a summary without spend information (monetary 0).
     *
     * @param id the customer's identifier
     * @param frequency x
     * @param recency t<sub>x</sub>
     * @param age T
     * @return the summary
     */
    public static CustomerSummary of(String id, int frequency, double recency, double age) {
        return new CustomerSummary(id, frequency, recency, age, 0);
    }

    /**
     * Creates a summary.
     *
     * @param id the customer's identifier
     * @param frequency x
     * @param recency t<sub>x</sub>
     * @param age T
     * @param monetary m̄
     * @return the summary
     */
    public static CustomerSummary of(String id, int frequency, double recency, double age, double monetary) {
        return new CustomerSummary(id, frequency, recency, age, monetary);
    }
}
