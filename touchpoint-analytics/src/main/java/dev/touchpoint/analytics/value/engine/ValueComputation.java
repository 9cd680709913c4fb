package dev.touchpoint.analytics.value.engine;

import dev.touchpoint.analytics.value.Transaction;
import dev.touchpoint.analytics.value.clv.BgNbdFitter;
import dev.touchpoint.analytics.value.clv.CalibrationHoldout;
import dev.touchpoint.analytics.value.clv.CustomerSummary;
import dev.touchpoint.analytics.value.clv.HoldoutReport;
import dev.touchpoint.analytics.value.pareto.ParetoCurve;
import dev.touchpoint.analytics.value.rfm.RfmAnalysis;
import dev.touchpoint.analytics.value.rfm.RfmOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * One whole value-engine run on one machine: the models fitted ({@link ValueModel}), the model
 * validation on a holdout period, RFM over all customers, every customer scored and warned
 * ({@link ValueScoring}) and the Pareto curve of gross profit. The server runs this on the records it
 * reads; a distributed engine runs the same pieces ({@link #margin}, {@link #holdout}, {@link #pareto})
 * on partitions and gets the same result.
 */
public final class ValueComputation {

    /** Reports how far a run is. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Called as a phase starts.
         *
         * @param phase the phase's name ({@code fit}, {@code validate}, {@code score}, {@code pareto})
         * @param percent how far the run is, 0–100
         */
        void at(String phase, int percent);

        /** Ignores progress. */
        Progress NONE = (phase, percent) -> {};
    }

    private ValueComputation() {}

    /**
     * Runs the engine.
     *
     * @param histories every customer's finished history ({@link PurchaseHistory#finish()}), sorted by
     *     customer id; customers without a purchase are left out
     * @param context what the other records hold of a customer, by id (never null)
     * @param asOf the day of the run
     * @param settings how the engine runs
     * @param progress told as each phase starts
     * @return the values, warnings and model; an empty result ({@code model = {empty: true}}) without a
     *     history
     */
    public static ValueResult run(
            List<PurchaseHistory> histories,
            LongFunction<CustomerContext> context,
            LocalDate asOf,
            ValueSettings settings,
            Progress progress) {
        Objects.requireNonNull(context, "context");
        if (histories.isEmpty()) {
            return new ValueResult(List.of(), List.of(), Map.of("empty", true));
        }
        int end = (int) asOf.toEpochDay();

        progress.at("fit", 30);
        var summaries = new ArrayList<CustomerSummary>(histories.size());
        for (var h : histories) {
            summaries.add(ValueScoring.summary(h, end));
        }
        var model = ValueModel.fit(summaries, margin(histories), settings);
        progress.at("validate", 50);
        var holdout = holdout(histories, end, settings);

        progress.at("score", 65);
        var rfm = RfmAnalysis.of(transactions(histories, end), asOf, RfmOptions.DEFAULTS)
                .customers();
        var policy = ValueScoring.policy(settings);
        var values = new ArrayList<CustomerValue>(histories.size());
        var warnings = new ArrayList<ValueWarning>();
        for (int i = 0; i < histories.size(); i++) {
            var h = histories.get(i);
            var c = context.apply(h.customerId());
            var value = ValueScoring.score(h, summaries.get(i), rfm.get(i), c, model, end, settings);
            values.add(value);
            ValueScoring.warnings(h, value, c, end, policy)
                    .forEach(w -> warnings.add(new ValueWarning(h.customerId(), c.tier(), w)));
        }
        progress.at("pareto", 85);
        var described = new LinkedHashMap<>(model.describe());
        described.put("holdout", holdout);
        described.put(
                "pareto",
                pareto(values.stream().mapToDouble(CustomerValue::grossProfit).toArray()));
        return new ValueResult(values, warnings, described);
    }

    /**
     * The portfolio's margin: gross profit ÷ revenue of all purchases, clamped to [0, 1] (0 without
     * revenue).
     *
     * @param histories the histories
     * @return the margin
     */
    public static double margin(List<PurchaseHistory> histories) {
        double revenue = 0;
        double profit = 0;
        for (var h : histories) {
            for (int i = 0; i < h.distinctDays(); i++) {
                revenue += h.revenue(i);
            }
            profit += h.grossProfit();
        }
        return margin(revenue, profit);
    }

    /**
     * The margin of summed revenue and gross profit, clamped to [0, 1] (0 without revenue).
     *
     * @param revenue the revenue
     * @param profit the gross profit
     * @return the margin
     */
    public static double margin(double revenue, double profit) {
        return revenue > 0 ? Math.min(1, Math.max(0, profit / revenue)) : 0;
    }

    /**
     * The holdout rows: every customer whose first purchase falls in the calibration period (up to
     * {@code end − 7 × holdoutWeeks}), with the summary at the calibration end and the distinct
     * purchase days after it.
     *
     * @param h one history
     * @param end the as-of day (epoch day)
     * @param holdoutWeeks the holdout's length
     * @return the row, or null when the customer first bought in the holdout
     */
    public static CalibrationHoldout.Row holdoutRow(PurchaseHistory h, int end, int holdoutWeeks) {
        int calibrationEnd = end - 7 * holdoutWeeks;
        if (h.first() > calibrationEnd) {
            return null;
        }
        return new CalibrationHoldout.Row(
                ValueScoring.summary(h, calibrationEnd), h.daysBetween(calibrationEnd + 1, end));
    }

    /**
     * Fits on purchases up to {@code asOf − holdoutWeeks} and compares predicted with actual holdout
     * purchases.
     *
     * @param histories the histories, sorted by customer id
     * @param end the as-of day (epoch day)
     * @param settings the holdout's length and the fit sample
     * @return {@code available}, and when there are at least 10 rows {@code calibrationEnd},
     *     {@code weeks}, {@code buckets}, {@code totalActual}, {@code totalPredicted}
     */
    public static Map<String, Object> holdout(List<PurchaseHistory> histories, int end, ValueSettings settings) {
        var rows = new ArrayList<CalibrationHoldout.Row>();
        for (var h : histories) {
            var row = holdoutRow(h, end, settings.holdoutWeeks());
            if (row != null) {
                rows.add(row);
            }
        }
        return compareHoldout(rows, end, settings);
    }

    /**
     * The holdout comparison of rows gathered elsewhere (in customer-id order).
     *
     * @param rows the rows from {@link #holdoutRow}
     * @param end the as-of day (epoch day)
     * @param settings the holdout's length and the fit sample
     * @return as {@link #holdout(List, int, ValueSettings)}
     */
    public static Map<String, Object> compareHoldout(
            List<CalibrationHoldout.Row> rows, int end, ValueSettings settings) {
        if (rows.size() < 10) {
            return Map.of("available", false);
        }
        int calibrationEnd = end - 7 * settings.holdoutWeeks();
        var split = new CalibrationHoldout(rows, settings.holdoutWeeks());
        var model = BgNbdFitter.fit(ValueModel.sample(split.calibration(), settings.fitSample()))
                .model();
        HoldoutReport report = split.compare(model);
        var buckets = report.buckets().stream()
                .map(b -> Map.<String, Object>of(
                        "label",
                        b.label(),
                        "customers",
                        b.customers(),
                        "actual",
                        Double.isNaN(b.meanActual()) ? 0 : b.meanActual(),
                        "predicted",
                        Double.isNaN(b.meanPredicted()) ? 0 : b.meanPredicted()))
                .toList();
        double actual = report.customers().stream()
                .mapToDouble(HoldoutReport.Customer::actual)
                .sum();
        double predicted = report.customers().stream()
                .mapToDouble(HoldoutReport.Customer::predicted)
                .sum();
        return Map.of(
                "available",
                true,
                "calibrationEnd",
                LocalDate.ofEpochDay(calibrationEnd).toString(),
                "weeks",
                settings.holdoutWeeks(),
                "buckets",
                buckets,
                "totalActual",
                actual,
                "totalPredicted",
                predicted);
    }

    /**
     * The 80/20 curve of gross profit.
     *
     * @param profits every customer's gross profit
     * @return {@code available}, and when the total is positive {@code topShare},
     *     {@code customerShareFor80}, 50 {@code points} [customer share, profit share] and {@code customers}
     */
    public static Map<String, Object> pareto(double[] profits) {
        double total = 0;
        for (double p : profits) {
            total += p;
        }
        if (!(total > 0)) {
            return Map.of("available", false);
        }
        var curve = ParetoCurve.of(profits);
        var points = curve.sample(50).stream()
                .map(p -> List.of(p.customerShare(), p.profitShare()))
                .toList();
        return Map.of(
                "available", true,
                "topShare", curve.topShare(),
                "customerShareFor80", curve.customerShareFor(0.8),
                "points", points,
                "customers", curve.customers());
    }

    /**
     * The histories as transactions (one per purchase day up to {@code end}), created lazily, in the
     * histories' order.
     *
     * @param histories the histories
     * @param end the last day (epoch day)
     * @return the transactions
     */
    public static Iterable<Transaction> transactions(List<PurchaseHistory> histories, int end) {
        return () -> new Iterator<>() {
            int c;
            int d;

            @Override
            public boolean hasNext() {
                while (c < histories.size()
                        && (d >= histories.get(c).distinctDays()
                                || histories.get(c).day(d) > end)) {
                    c++;
                    d = 0;
                }
                return c < histories.size();
            }

            @Override
            public Transaction next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var h = histories.get(c);
                var t = Transaction.of(Long.toString(h.customerId()), LocalDate.ofEpochDay(h.day(d)), h.revenue(d));
                d++;
                return t;
            }
        };
    }
}
