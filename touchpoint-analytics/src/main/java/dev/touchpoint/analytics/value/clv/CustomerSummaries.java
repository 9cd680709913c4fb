package dev.touchpoint.analytics.value.clv;

import dev.touchpoint.analytics.value.Transaction;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds {@link CustomerSummary} values from raw transactions by the convention of Fader, Hardie
 * &amp; Lee (2005).
 *
 * <p>Only transactions dated on or before the calibration end are used. Per customer, transactions
 * on the same day are merged into one purchase whose amount is their sum. Then, with d<sub>1</sub>
 * the first and d<sub>n</sub> the last of n distinct purchase days:
 *
 * <ul>
 *   <li>x = n − 1;
 *   <li>t<sub>x</sub> = (d<sub>n</sub> − d<sub>1</sub>) days, in the unit;
 *   <li>T = (calibration end − d<sub>1</sub>) days, in the unit;
 *   <li>m̄ = mean amount of days d<sub>2</sub>…d<sub>n</sub> (the first purchase is excluded), 0
 *       when x = 0.
 * </ul>
 *
 * <p>Customers appear in the order of their first transaction in the input; customers with no
 * transaction up to the calibration end are left out.
 */
public final class CustomerSummaries {

    private CustomerSummaries() {}

    /**
     * Summarises transactions as of the end of a calibration period.
     *
     * @param transactions the purchases, in any order; amounts must be ≥ 0
     * @param calibrationEnd the last day of the calibration period (inclusive)
     * @param unit the unit of recency and T
     * @return one summary per customer with at least one purchase up to the calibration end
     */
    public static List<CustomerSummary> of(
            Iterable<Transaction> transactions, LocalDate calibrationEnd, PeriodUnit unit) {
        Objects.requireNonNull(unit, "unit");
        Map<String, NavigableMap<LocalDate, Double>> days = dailyAmounts(transactions, calibrationEnd);
        List<CustomerSummary> summaries = new ArrayList<>(days.size());
        days.forEach((id, byDay) -> summaries.add(summarise(id, byDay, calibrationEnd, unit)));
        return List.copyOf(summaries);
    }

    /**
     * Merges transactions per customer and day, keeping those on or before {@code end}.
     *
     * @param transactions the purchases
     * @param end the last day kept (inclusive)
     * @return per customer (in first-seen order) the amount per purchase day
     */
    static Map<String, NavigableMap<LocalDate, Double>> dailyAmounts(
            Iterable<Transaction> transactions, LocalDate end) {
        Objects.requireNonNull(end, "end");
        Map<String, NavigableMap<LocalDate, Double>> days = new LinkedHashMap<>();
        for (Transaction t : transactions) {
            if (t.amount() < 0) {
                throw new IllegalArgumentException(
                        "customer " + t.customerId() + ": negative amount " + t.amount() + " on " + t.date());
            }
            if (!t.date().isAfter(end)) {
                days.computeIfAbsent(t.customerId(), id -> new TreeMap<>()).merge(t.date(), t.amount(), Double::sum);
            }
        }
        return days;
    }

    private static CustomerSummary summarise(
            String id, NavigableMap<LocalDate, Double> byDay, LocalDate end, PeriodUnit unit) {
        LocalDate first = byDay.firstKey();
        int frequency = byDay.size() - 1;
        double recency = unit.fromDays(ChronoUnit.DAYS.between(first, byDay.lastKey()));
        double age = unit.fromDays(ChronoUnit.DAYS.between(first, end));
        double repeatTotal = byDay.tailMap(first, false).values().stream()
                .mapToDouble(d -> d)
                .sum();
        double monetary = frequency == 0 ? 0 : repeatTotal / frequency;
        return new CustomerSummary(id, frequency, recency, age, monetary);
    }
}
