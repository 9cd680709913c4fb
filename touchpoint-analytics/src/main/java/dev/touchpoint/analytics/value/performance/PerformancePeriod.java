package dev.touchpoint.analytics.value.performance;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counts and money of one sales period, and its performance-formula factors.
 *
 * <p>{@link #factors()} splits gross profit into the six {@link PerformanceFactor}s; their product
 * equals gross profit exactly in exact arithmetic (every ratio cancels the next one's denominator)
 * and to rounding error in floating point. Each denominator — non-referred visitors, visitors,
 * buyers, orders, revenue — must be positive for the factors to exist; a zero denominator raises
 * an {@link ArithmeticException} naming it.
 *
 * @param nonReferredVisitors visitors who came on their own, ≥ 0
 * @param visitors all visitors, ≥ 0
 * @param buyers distinct customers who bought, ≥ 0
 * @param orders orders placed, ≥ 0
 * @param revenue revenue, ≥ 0
 * @param grossProfit gross profit, finite (may be negative)
 */
public record PerformancePeriod(
        double nonReferredVisitors, double visitors, double buyers, double orders, double revenue, double grossProfit) {

    /** Validates the values. */
    public PerformancePeriod {
        requireNonNegative("nonReferredVisitors", nonReferredVisitors);
        requireNonNegative("visitors", visitors);
        requireNonNegative("buyers", buyers);
        requireNonNegative("orders", orders);
        requireNonNegative("revenue", revenue);
        if (!Double.isFinite(grossProfit)) {
            throw new IllegalArgumentException("grossProfit must be finite, was " + grossProfit);
        }
    }

    /**
     * Creates a period.
     *
     * @param nonReferredVisitors visitors who came on their own
     * @param visitors all visitors
     * @param buyers distinct buyers
     * @param orders orders
     * @param revenue revenue
     * @param grossProfit gross profit
     * @return the period
     */
    public static PerformancePeriod of(
            double nonReferredVisitors,
            double visitors,
            double buyers,
            double orders,
            double revenue,
            double grossProfit) {
        return new PerformancePeriod(nonReferredVisitors, visitors, buyers, orders, revenue, grossProfit);
    }

    /**
     * Returns the six factors of the formula.
     *
     * @return factor values in {@link PerformanceFactor} order
     * @throws ArithmeticException if a denominator is zero
     */
    public Map<PerformanceFactor, Double> factors() {
        Map<PerformanceFactor, Double> f = new EnumMap<>(PerformanceFactor.class);
        f.put(PerformanceFactor.TRAFFIC, nonReferredVisitors);
        f.put(PerformanceFactor.REFERRAL, ratio(visitors, nonReferredVisitors, "nonReferredVisitors"));
        f.put(PerformanceFactor.CONVERSION, ratio(buyers, visitors, "visitors"));
        f.put(PerformanceFactor.REPEAT, ratio(orders, buyers, "buyers"));
        f.put(PerformanceFactor.ORDER_VALUE, ratio(revenue, orders, "orders"));
        f.put(PerformanceFactor.MARGIN, ratio(grossProfit, revenue, "revenue"));
        return Collections.unmodifiableMap(f);
    }

    /**
     * Returns the product of the six factors, which reproduces {@link #grossProfit()}.
     *
     * @return Π factors
     */
    public double factorProduct() {
        return factors().values().stream().reduce(1.0, (a, b) -> a * b);
    }

    private static double ratio(double numerator, double denominator, String name) {
        if (denominator == 0) {
            throw new ArithmeticException(name + " is 0, so the performance formula has no factor for it");
        }
        return numerator / denominator;
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
        }
    }
}
