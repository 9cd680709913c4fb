package dev.touchpoint.analytics.value.rfm;

import java.util.Objects;

/**
 * One customer's RFM values, quintile scores and segment.
 *
 * @param id the customer's identifier
 * @param recency whole days from the last purchase to the as-of date, ≥ 0
 * @param frequency the number of purchases (transactions) up to the as-of date, ≥ 1
 * @param monetary the sum or mean of the purchase amounts, per {@link MonetaryMeasure}
 * @param recencyScore 1–5, 5 = most recent
 * @param frequencyScore 1–5, 5 = most frequent
 * @param monetaryScore 1–5, 5 = highest M
 * @param segment the eight-segment class
 */
public record RfmCustomer(
        String id,
        long recency,
        int frequency,
        double monetary,
        int recencyScore,
        int frequencyScore,
        int monetaryScore,
        RfmSegment segment) {

    /** Validates the values. */
    public RfmCustomer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(segment, "segment");
        if (recency < 0 || frequency < 1) {
            throw new IllegalArgumentException(id + ": need recency >= 0 and frequency >= 1");
        }
        for (int score : new int[] {recencyScore, frequencyScore, monetaryScore}) {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException(id + ": scores are 1..5, was " + score);
            }
        }
    }

    /**
     * Returns the three scores as the usual three-digit code, e.g. 545.
     *
     * @return 100 R + 10 F + M
     */
    public int code() {
        return 100 * recencyScore + 10 * frequencyScore + monetaryScore;
    }
}
