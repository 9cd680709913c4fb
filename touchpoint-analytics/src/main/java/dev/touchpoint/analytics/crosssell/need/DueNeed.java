package dev.touchpoint.analytics.crosssell.need;

import java.time.LocalDate;

/**
 * A need rule evaluated for one customer.
 *
 * @param rule the rule
 * @param triggerDate the latest trigger
 * @param dueDate when the need is due
 * @param byUsage whether the km delay came first
 * @param usage the customer's km per day used
 * @param expectedKm the estimated km driven since the trigger on the due date (when the rule has a
 *     km delay), else null
 * @param status the status on the as-of date
 */
public record DueNeed(
        NeedRule rule,
        LocalDate triggerDate,
        LocalDate dueDate,
        boolean byUsage,
        Usage usage,
        Double expectedKm,
        NeedStatus status) {

    /** The last day of the validity window. */
    public LocalDate validUntil() {
        return dueDate.plusDays(rule.validDays());
    }
}
