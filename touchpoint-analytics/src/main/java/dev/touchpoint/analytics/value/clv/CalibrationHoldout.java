package dev.touchpoint.analytics.value.clv;

import dev.touchpoint.analytics.value.Transaction;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Transactions split into a calibration period and a holdout period, for validating BG/NBD.
 *
 * <p>The calibration summaries follow {@link CustomerSummaries}. For each calibration customer the
 * holdout count is the number of distinct purchase days in (calibration end, holdout end]; the
 * model predicts it as E[Y(t*) | x, t<sub>x</sub>, T] with t* = holdout end − calibration end.
 * Customers first seen in the holdout are ignored, as in Fader, Hardie &amp; Lee (2005, Fig. 3).
 *
 * @param rows one row per calibration customer
 * @param holdoutLength t*, the holdout length in the unit
 */
public record CalibrationHoldout(List<Row> rows, double holdoutLength) {

    /**
     * A calibration summary with the purchases actually made in the holdout.
     *
     * @param calibration the summary at the calibration end
     * @param holdoutPurchases distinct purchase days in the holdout period
     */
    public record Row(CustomerSummary calibration, int holdoutPurchases) {

        /** Validates the row. */
        public Row {
            Objects.requireNonNull(calibration, "calibration");
            if (holdoutPurchases < 0) {
                throw new IllegalArgumentException("holdoutPurchases must be >= 0");
            }
        }
    }

    /** Validates and copies the rows. */
    public CalibrationHoldout {
        rows = List.copyOf(rows);
        if (!(holdoutLength > 0)) {
            throw new IllegalArgumentException("holdoutLength must be > 0, was " + holdoutLength);
        }
    }

    /**
     * Splits transactions at the calibration end.
     *
     * @param transactions the purchases
     * @param calibrationEnd last day of calibration (inclusive)
     * @param holdoutEnd last day of the holdout (inclusive), after the calibration end
     * @param unit the time unit
     * @return the split
     */
    public static CalibrationHoldout split(
            Iterable<Transaction> transactions, LocalDate calibrationEnd, LocalDate holdoutEnd, PeriodUnit unit) {
        if (!holdoutEnd.isAfter(calibrationEnd)) {
            throw new IllegalArgumentException("holdout end must be after the calibration end");
        }
        Map<String, Set<LocalDate>> holdoutDays = new HashMap<>();
        for (Transaction t : transactions) {
            if (t.date().isAfter(calibrationEnd) && !t.date().isAfter(holdoutEnd)) {
                holdoutDays
                        .computeIfAbsent(t.customerId(), id -> new HashSet<>())
                        .add(t.date());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (CustomerSummary c : CustomerSummaries.of(transactions, calibrationEnd, unit)) {
            rows.add(new Row(c, holdoutDays.getOrDefault(c.id(), Set.of()).size()));
        }
        double length = unit.fromDays(ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd));
        return new CalibrationHoldout(rows, length);
    }

    /**
     * Returns the calibration summaries, to fit a model on.
     *
     * @return the summaries in row order
     */
    public List<CustomerSummary> calibration() {
        return rows.stream().map(Row::calibration).toList();
    }

    /**
     * Compares a model's holdout predictions with the actual holdout purchases.
     *
     * @param model a model fitted on {@link #calibration()}
     * @return per-customer and per-frequency-bucket comparison
     */
    public HoldoutReport compare(BgNbdModel model) {
        List<HoldoutReport.Customer> customers = new ArrayList<>(rows.size());
        for (Row row : rows) {
            CustomerSummary c = row.calibration();
            double predicted = model.expectedPurchases(holdoutLength, c);
            customers.add(new HoldoutReport.Customer(c.id(), c.frequency(), row.holdoutPurchases(), predicted));
        }
        return HoldoutReport.of(customers);
    }
}
