package dev.touchpoint.analytics.value.rfm;

import dev.touchpoint.analytics.value.Transaction;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes RFM values, quintile scores and eight-segment classes as of a date.
 *
 * <p>Per customer, over transactions dated on or before the as-of date: R = days from the last
 * purchase to the as-of date; F = number of transactions; M = sum (default) or mean of their
 * amounts. Scores are quintiles by rank, 5 best (R: most recent); tied values share the lowest
 * score of their group: with values ordered worst to best, a tie group starting at 0-based
 * position i of n scores 1 + ⌊5i/n⌋. Segments compare raw R, F, M with the mean or the median
 * (see {@link SegmentThreshold}, {@link RfmSegment}).
 */
public final class RfmAnalysis {

    private RfmAnalysis() {}

    /**
     * Analyses transactions.
     *
     * @param transactions purchases; amounts must be ≥ 0; those after {@code asOf} are ignored
     * @param asOf the date recency is measured to
     * @param options monetary measure and segment threshold
     * @return RFM per customer with at least one purchase up to {@code asOf}
     */
    public static RfmResult of(Iterable<Transaction> transactions, LocalDate asOf, RfmOptions options) {
        Objects.requireNonNull(options, "options");
        List<Totals> totals = totals(transactions, asOf);
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("no purchase on or before " + asOf);
        }
        double[] r = totals.stream()
                .mapToDouble(t -> ChronoUnit.DAYS.between(t.last, asOf))
                .toArray();
        double[] f = totals.stream().mapToDouble(t -> t.count).toArray();
        double[] m =
                totals.stream().mapToDouble(t -> t.monetary(options.monetary())).toArray();
        int[] rs = QuintileScorer.scores(r, false);
        int[] fs = QuintileScorer.scores(f, true);
        int[] ms = QuintileScorer.scores(m, true);
        double rt = options.threshold().of(r);
        double ft = options.threshold().of(f);
        double mt = options.threshold().of(m);
        List<RfmCustomer> customers = new ArrayList<>(totals.size());
        for (int i = 0; i < totals.size(); i++) {
            RfmSegment segment = RfmSegment.of(r[i] < rt, f[i] > ft, m[i] > mt);
            customers.add(
                    new RfmCustomer(totals.get(i).id, (long) r[i], (int) f[i], m[i], rs[i], fs[i], ms[i], segment));
        }
        return new RfmResult(asOf, options, rt, ft, mt, customers);
    }

    private static List<Totals> totals(Iterable<Transaction> transactions, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, Totals> byCustomer = new LinkedHashMap<>();
        for (Transaction t : transactions) {
            if (t.amount() < 0) {
                throw new IllegalArgumentException(
                        "customer " + t.customerId() + ": negative amount " + t.amount() + " on " + t.date());
            }
            if (!t.date().isAfter(asOf)) {
                byCustomer.computeIfAbsent(t.customerId(), Totals::new).add(t);
            }
        }
        return List.copyOf(byCustomer.values());
    }

    private static final class Totals {
        private final String id;
        private LocalDate last = LocalDate.MIN;
        private int count;
        private double sum;

        private Totals(String id) {
            this.id = id;
        }

        private void add(Transaction t) {
            count++;
            sum += t.amount();
            if (t.date().isAfter(last)) {
                last = t.date();
            }
        }

        private double monetary(MonetaryMeasure measure) {
            return measure == MonetaryMeasure.SUM ? sum : sum / count;
        }
    }
}
