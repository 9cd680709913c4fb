package dev.touchpoint.analytics.value.pareto;

import dev.touchpoint.analytics.value.Transaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pareto curve of profit over customers, with the share of the top 20% and the share of
 * customers making 80%.
 *
 * <p>Customers are sorted by profit, descending; with C<sub>k</sub> the profit of the top k of n
 * customers and P the total, the curve joins the points (k/n, C<sub>k</sub>/P), k = 0…n, by
 * straight lines. A share f of customers that falls between two customers (fn not an integer)
 * takes that fraction of the next customer's profit: S(f) = (C<sub>⌊fn⌋</sub> + (fn − ⌊fn⌋) ·
 * profit<sub>⌊fn⌋+1</sub>) / P. Tied profits are interchangeable, so the curve does not depend on
 * how ties are ordered. The share of customers making a profit share s is the smallest f with S(f)
 * = s on this curve. Negative profits (loss-making customers) are allowed — they sit at the end and
 * pull the curve back down to 1 — but the total must be positive.
 *
 * <p>Source: V. Pareto (1896); the 80/20 form as the "vital few" principle of J. M. Juran; for CRM,
 * the share of profit held by the top 20% of customers.
 */
public final class ParetoCurve {

    /** The customer share of the classic 80/20 rule. */
    public static final double TOP_SHARE = 0.2;

    private final double[] sortedProfits;
    private final double[] cumulative;
    private final double total;

    private ParetoCurve(double[] sortedProfits) {
        this.sortedProfits = sortedProfits;
        this.cumulative = new double[sortedProfits.length + 1];
        for (int k = 0; k < sortedProfits.length; k++) {
            cumulative[k + 1] = cumulative[k] + sortedProfits[k];
        }
        this.total = cumulative[sortedProfits.length];
        if (sortedProfits.length == 0 || !(total > 0) || !Double.isFinite(total)) {
            throw new IllegalArgumentException(
                    "need at least one customer and a finite positive total profit, was " + total);
        }
    }

    /**
     * Builds the curve from per-customer profits.
     *
     * @param profits profit per customer; finite; total &gt; 0
     * @return the curve
     */
    public static ParetoCurve of(double[] profits) {
        double[] sorted = profits.clone();
        Arrays.sort(sorted);
        for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
            double swap = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = swap;
        }
        return new ParetoCurve(sorted);
    }

    /**
     * Builds the curve from transactions whose amount is gross profit, summed per customer.
     *
     * @param transactions profit per transaction
     * @return the curve
     */
    public static ParetoCurve ofTransactions(Iterable<Transaction> transactions) {
        Map<String, Double> byCustomer = new LinkedHashMap<>();
        transactions.forEach(t -> byCustomer.merge(t.customerId(), t.amount(), Double::sum));
        return of(byCustomer.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Returns the sorted profits (a copy).
     *
     * @return profits, descending
     */
    public double[] sortedProfits() {
        return sortedProfits.clone();
    }

    /**
     * Returns the number of customers.
     *
     * @return n
     */
    public int customers() {
        return sortedProfits.length;
    }

    /**
     * Returns S(f), the profit share of the top f of customers, interpolated within a customer.
     *
     * @param customerShare f in [0, 1]
     * @return S(f)
     */
    public double profitShare(double customerShare) {
        if (!(customerShare >= 0 && customerShare <= 1)) {
            throw new IllegalArgumentException("customerShare must be in [0, 1], was " + customerShare);
        }
        double position = customerShare * sortedProfits.length;
        int whole = (int) Math.floor(position);
        double partial = whole < sortedProfits.length ? (position - whole) * sortedProfits[whole] : 0;
        return (cumulative[whole] + partial) / total;
    }

    /**
     * Returns S(0.2), the profit share of the top 20% of customers.
     *
     * @return the top-20% share
     */
    public double topShare() {
        return profitShare(TOP_SHARE);
    }

    /**
     * Returns the smallest share of customers f with S(f) = s.
     *
     * @param profitShare s in [0, 1]
     * @return f in [0, 1]
     */
    public double customerShareFor(double profitShare) {
        if (!(profitShare >= 0 && profitShare <= 1)) {
            throw new IllegalArgumentException("profitShare must be in [0, 1], was " + profitShare);
        }
        double target = profitShare * total;
        for (int k = 0; k < sortedProfits.length; k++) {
            if (cumulative[k + 1] >= target && sortedProfits[k] > 0) {
                return (k + (target - cumulative[k]) / sortedProfits[k]) / sortedProfits.length;
            }
        }
        return 1.0;
    }

    /**
     * Returns every vertex (k/n, C<sub>k</sub>/P), k = 0…n.
     *
     * @return n + 1 points
     */
    public List<ParetoPoint> points() {
        List<ParetoPoint> points = new ArrayList<>(sortedProfits.length + 1);
        for (int k = 0; k <= sortedProfits.length; k++) {
            points.add(new ParetoPoint((double) k / sortedProfits.length, cumulative[k] / total));
        }
        return points;
    }

    /**
     * Returns the curve at evenly spaced customer shares 0, 1/steps, …, 1, for charts.
     *
     * @param steps the number of intervals, ≥ 1
     * @return steps + 1 points
     */
    public List<ParetoPoint> sample(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, was " + steps);
        }
        List<ParetoPoint> points = new ArrayList<>(steps + 1);
        for (int i = 0; i <= steps; i++) {
            double f = (double) i / steps;
            points.add(new ParetoPoint(f, profitShare(f)));
        }
        return points;
    }

    /**
     * Returns the total profit P.
     *
     * @return the sum of all customers' profits
     */
    public double total() {
        return total;
    }

    @Override
    public String toString() {
        return "ParetoCurve[customers=" + sortedProfits.length + ", total=" + total + "]";
    }
}
