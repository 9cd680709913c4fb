package dev.touchpoint.analytics.value.loyalty;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The indicator scores available for one customer, each in [0, 1]; an absent indicator means the
 * data does not hold it (not that it is zero).
 *
 * @param scores score per available indicator
 */
public record LoyaltyInput(Map<LoyaltyIndicator, Double> scores) {

    /** Repeat purchase days at which the repeat-purchase score reaches 1. */
    public static final int REPEAT_SATURATION = 5;

    /** Discount share (discount ÷ list value) at which the price-sensitivity score reaches 0. */
    public static final double MAX_DISCOUNT_SHARE = 0.3;

    /** Validates and copies. */
    public LoyaltyInput {
        EnumMap<LoyaltyIndicator, Double> copy = new EnumMap<>(LoyaltyIndicator.class);
        scores.forEach((k, v) -> {
            if (v == null || !(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(k + " score must be in [0, 1], was " + v);
            }
            copy.put(k, v);
        });
        scores = Collections.unmodifiableMap(copy);
    }

    /**
     * Starts an empty input.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns one indicator's score.
     *
     * @param indicator the indicator
     * @return the score, or empty when the data does not hold it
     */
    public OptionalDouble score(LoyaltyIndicator indicator) {
        Double s = scores.get(indicator);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /** Scores raw data into indicators. Each method converts one raw figure; skip what is unknown. */
    public static final class Builder {
        private final EnumMap<LoyaltyIndicator, Double> scores = new EnumMap<>(LoyaltyIndicator.class);

        private Builder() {}

        /**
         * Repeat purchases: min(1, repeats ÷ {@link #REPEAT_SATURATION}).
         *
         * @param repeatPurchaseDays distinct purchase days − 1, ≥ 0
         * @return this
         */
        public Builder repeatPurchases(int repeatPurchaseDays) {
            requireRange(repeatPurchaseDays, 0, Double.MAX_VALUE, "repeatPurchaseDays");
            return put(
                    LoyaltyIndicator.REPEAT_PURCHASE, Math.min(1.0, repeatPurchaseDays / (double) REPEAT_SATURATION));
        }

        /**
         * Price sensitivity: 1 − min(1, d ÷ {@link #MAX_DISCOUNT_SHARE}) with d the discount share.
         *
         * @param discountShare discount ÷ (revenue + discount), in [0, 1]
         * @return this
         */
        public Builder discountShare(double discountShare) {
            requireRange(discountShare, 0, 1, "discountShare");
            return put(LoyaltyIndicator.PRICE_SENSITIVITY, 1 - Math.min(1.0, discountShare / MAX_DISCOUNT_SHARE));
        }

        /**
         * Attitude to competitors: (a − 1) ÷ 4.
         *
         * @param answer survey answer 1 (prefers competitors) … 5 (not interested in them)
         * @return this
         */
        public Builder competitorAttitude(double answer) {
            requireRange(answer, 1, 5, "competitorAttitude");
            return put(LoyaltyIndicator.COMPETITOR_ATTITUDE, (answer - 1) / 4);
        }

        /**
         * Tolerance of incidents: stayed ÷ complaints; nothing is recorded without a complaint.
         *
         * @param complaints complaints made, ≥ 0
         * @param stayedAfter complaints after which the customer bought again, in [0, complaints]
         * @return this
         */
        public Builder incidents(int complaints, int stayedAfter) {
            if (complaints < 0 || stayedAfter < 0 || stayedAfter > complaints) {
                throw new IllegalArgumentException("need 0 <= stayedAfter <= complaints");
            }
            return complaints == 0 ? this : put(LoyaltyIndicator.INCIDENT_TOLERANCE, stayedAfter / (double) complaints);
        }

        /**
         * Share of wallet as answered in a survey.
         *
         * @param share in [0, 1]
         * @return this
         */
        public Builder shareOfWallet(double share) {
            requireRange(share, 0, 1, "shareOfWallet");
            return put(LoyaltyIndicator.SHARE_OF_WALLET, share);
        }

        /**
         * Likelihood to recommend: n ÷ 10.
         *
         * @param nps the 0–10 answer
         * @return this
         */
        public Builder recommendation(double nps) {
            requireRange(nps, 0, 10, "recommendation");
            return put(LoyaltyIndicator.RECOMMENDATION, nps / 10);
        }

        /**
         * Builds the input.
         *
         * @return the input
         */
        public LoyaltyInput build() {
            return new LoyaltyInput(scores);
        }

        private Builder put(LoyaltyIndicator k, double v) {
            scores.put(k, v);
            return this;
        }

        private static void requireRange(double v, double lo, double hi, String name) {
            if (!(v >= lo && v <= hi)) {
                throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], was " + v);
            }
        }
    }
}
