package dev.touchpoint.analytics.service;

/**
 * A first-contact resolution rate: {@code rate = resolved ÷ eligible}.
 *
 * @param eligible tickets the definition can judge
 * @param resolved of those, tickets resolved at first contact
 * @param rate {@code resolved ÷ eligible} (0..1), NaN when nothing is eligible
 */
public record FcrRate(long eligible, long resolved, double rate) {

    public FcrRate {
        if (resolved < 0 || resolved > eligible) {
            throw new IllegalArgumentException("resolved must be within 0.." + eligible);
        }
    }

    /** Returns the rate of the given counts. */
    public static FcrRate of(long eligible, long resolved) {
        return new FcrRate(eligible, resolved, eligible == 0 ? Double.NaN : (double) resolved / eligible);
    }
}
