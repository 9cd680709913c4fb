package dev.touchpoint.analytics.crosssell.need;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Evaluates need rules on one customer's history (a pure function of its inputs). */
public final class NeedRules {

    private NeedRules() {}

    /**
     * Evaluates one rule.
     *
     * @param rule the rule
     * @param history the customer's history, any order
     * @param readings the customer's odometer readings
     * @param fallbackKmPerDay the average km per day when the readings do not give one
     * @param asOf the evaluation date; history after it is ignored
     * @return the evaluation, or empty when the trigger never happened
     */
    public static Optional<DueNeed> evaluate(
            NeedRule rule,
            List<HistoryEntry> history,
            List<OdometerReading> readings,
            double fallbackKmPerDay,
            LocalDate asOf) {
        var trigger = history.stream()
                .filter(e -> !e.date().isAfter(asOf) && e.kind() == rule.trigger() && rule.triggeredBy(e.value()))
                .map(HistoryEntry::date)
                .max(Comparator.naturalOrder());
        if (trigger.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = trigger.get();
        var usage =
                Usage.of(readings.stream().filter(r -> !r.date().isAfter(asOf)).toList(), fallbackKmPerDay);
        LocalDate byTime = rule.afterTime() == null ? null : from.plus(rule.afterTime());
        LocalDate byKm = null;
        if (rule.afterKm() != null && usage.kmPerDay() > 0) {
            byKm = from.plusDays((long) Math.ceil(rule.afterKm() / usage.kmPerDay()));
        }
        LocalDate due;
        boolean byUsage;
        if (byKm != null && (byTime == null || byKm.isBefore(byTime))) {
            due = byKm;
            byUsage = true;
        } else if (byTime != null) {
            due = byTime;
            byUsage = false;
        } else {
            return Optional.empty(); // only a km delay and no usage at all: never due
        }
        Double expectedKm = rule.afterKm() == null ? null : usage.kmPerDay() * ChronoUnit.DAYS.between(from, due);
        boolean met = history.stream()
                .anyMatch(e -> e.date().isAfter(from)
                        && !e.date().isAfter(asOf)
                        && e.kind() == rule.need()
                        && rule.metBy(e.value()));
        NeedStatus status;
        if (met) {
            status = NeedStatus.MET;
        } else if (asOf.isBefore(due)) {
            status = NeedStatus.UPCOMING;
        } else if (!asOf.isAfter(due.plusDays(rule.validDays()))) {
            status = NeedStatus.DUE;
        } else {
            status = NeedStatus.EXPIRED;
        }
        return Optional.of(new DueNeed(rule, from, due, byUsage, usage, expectedKm, status));
    }

    /** Evaluates every rule, keeping those that were triggered, in the rules' order. */
    public static List<DueNeed> evaluateAll(
            List<NeedRule> rules,
            List<HistoryEntry> history,
            List<OdometerReading> readings,
            double fallbackKmPerDay,
            LocalDate asOf) {
        var result = new ArrayList<DueNeed>();
        for (var rule : rules) {
            evaluate(rule, history, readings, fallbackKmPerDay, asOf).ifPresent(result::add);
        }
        return result;
    }
}
