package dev.touchpoint.analytics.value.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Predicted versus actual holdout purchases, per customer and per calibration-frequency bucket.
 *
 * <p>Buckets are x = 0, 1, …, 6 and "7+" (x ≥ 7); each holds the mean actual and the mean
 * predicted holdout purchases of its customers — the conditional-expectation chart of Fader,
 * Hardie &amp; Lee (2005, Fig. 4). Empty buckets are kept with zero customers and NaN means.
 *
 * @param customers one comparison per customer
 * @param buckets the eight frequency buckets, in order
 */
public record HoldoutReport(List<Customer> customers, List<Bucket> buckets) {

    /** The last bucket collects every frequency from this value up. */
    public static final int LAST_BUCKET = 7;

    /**
     * One customer's holdout comparison.
     *
     * @param id the customer's identifier
     * @param calibrationFrequency x in the calibration period
     * @param actual the distinct purchase days in the holdout
     * @param predicted E[Y(t*) | x, t<sub>x</sub>, T]
     */
    public record Customer(String id, int calibrationFrequency, int actual, double predicted) {

        /** Validates the comparison. */
        public Customer {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A calibration-frequency bucket.
     *
     * @param label "0" … "6" or "7+"
     * @param customers customers in the bucket
     * @param meanActual mean actual holdout purchases
     * @param meanPredicted mean predicted holdout purchases
     */
    public record Bucket(String label, int customers, double meanActual, double meanPredicted) {

        /** Validates the bucket. */
        public Bucket {
            Objects.requireNonNull(label, "label");
        }
    }

    /** Copies the lists. */
    public HoldoutReport {
        customers = List.copyOf(customers);
        buckets = List.copyOf(buckets);
    }

    static HoldoutReport of(List<Customer> customers) {
        int[] counts = new int[LAST_BUCKET + 1];
        double[] actual = new double[LAST_BUCKET + 1];
        double[] predicted = new double[LAST_BUCKET + 1];
        for (Customer c : customers) {
            int k = Math.min(c.calibrationFrequency(), LAST_BUCKET);
            counts[k]++;
            actual[k] += c.actual();
            predicted[k] += c.predicted();
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int k = 0; k <= LAST_BUCKET; k++) {
            String label = k == LAST_BUCKET ? LAST_BUCKET + "+" : Integer.toString(k);
            buckets.add(new Bucket(label, counts[k], actual[k] / counts[k], predicted[k] / counts[k]));
        }
        return new HoldoutReport(customers, buckets);
    }
}
