package dev.touchpoint.analytics.value.clv;

import java.util.Objects;

/**
 * Discounted customer lifetime value from a BG/NBD and a Gamma-Gamma model.
 *
 * <p>With period length L, discount rate d, margin m and N periods:
 *
 * <pre>
 * CLV = Σ<sub>i=1..N</sub> (E[Y(iL) | x, t<sub>x</sub>, T] − E[Y((i−1)L) | x, t<sub>x</sub>, T])
 *       × E[Z | m̄, x] × m / (1 + d)<sup>i</sup>
 * </pre>
 *
 * that is, the purchases expected in each period (BG/NBD, conditional on the history) times the
 * expected spend per purchase (Gamma-Gamma) times the margin, discounted as if paid at the end of
 * the period. This is the discrete approximation used by the {@code lifetimes} library; Fader,
 * Hardie &amp; Lee (2005, "RFM and CLV") derive the continuous-discounting limit (DERT).
 */
public final class LifetimeValue {

    private LifetimeValue() {}

    /**
     * Returns the discounted lifetime value of one customer.
     *
     * @param purchases the purchase model
     * @param spend the spend model
     * @param customer the customer's calibration summary
     * @param options periods, discount rate and margin
     * @return the discounted expected margin over the horizon
     */
    public static double of(
            BgNbdModel purchases, GammaGammaModel spend, CustomerSummary customer, DiscountOptions options) {
        return of(purchases, spend.expectedAverageValue(customer), customer, options);
    }

    /**
     * Returns the discounted lifetime value of one customer with a given expected spend per purchase,
     * for when the Gamma-Gamma model does not apply (its fitted q ≤ 1 makes the expected spend
     * infinite, as with spends that mix cars and car washes) and another estimate stands in.
     *
     * @param purchases the purchase model
     * @param expectedSpend the expected value of one future purchase, finite and not negative
     * @param customer the customer's calibration summary
     * @param options periods, discount rate and margin
     * @return the discounted expected margin over the horizon
     */
    public static double of(
            BgNbdModel purchases, double expectedSpend, CustomerSummary customer, DiscountOptions options) {
        Objects.requireNonNull(options, "options");
        if (!(expectedSpend >= 0) || Double.isInfinite(expectedSpend)) {
            throw new IllegalArgumentException("expected spend must be finite and not negative: " + expectedSpend);
        }
        return expectedSpend * options.margin() * discountedPurchases(purchases, customer, options);
    }

    /**
     * Returns the purchases expected in each period, discounted: Σ<sub>i</sub> (E[Y(iL)] −
     * E[Y((i−1)L)]) / (1 + d)<sup>i</sup>. It depends on (x, t<sub>x</sub>, T) only, so customers with
     * the same history share it; the lifetime value is this times the expected spend times the margin.
     *
     * @param purchases the purchase model
     * @param customer the customer's calibration summary
     * @param options periods and discount rate (the margin is not used here)
     * @return the discounted expected number of purchases over the horizon
     */
    public static double discountedPurchases(BgNbdModel purchases, CustomerSummary customer, DiscountOptions options) {
        Objects.requireNonNull(options, "options");
        double previous = 0;
        double total = 0;
        double discount = 1;
        for (int i = 1; i <= options.periods(); i++) {
            double cumulative = purchases.expectedPurchases(i * options.periodLength(), customer);
            discount /= 1 + options.discountRate();
            total += (cumulative - previous) * discount;
            previous = cumulative;
        }
        return total;
    }
}
