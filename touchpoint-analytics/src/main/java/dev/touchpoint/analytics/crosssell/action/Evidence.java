package dev.touchpoint.analytics.crosssell.action;

import java.time.LocalDate;

/**
 * Why an action is suggested: the rule and its measures (null where they do not apply).
 *
 * @param kind the kind of the rule
 * @param rule the rule as text ({@code citrus fruit + root vegetables ⇒ other vegetables}, a need
 *     rule in its language, a warning code)
 * @param support the rule's support
 * @param confidence its confidence (for a need rule: its prior or measured conversion)
 * @param lift its lift
 * @param delayDays the median delay of a sequential rule
 * @param dueDate the due date of a need
 * @param byUsage whether the need came due by usage (km) first
 */
public record Evidence(
        ActionKind kind,
        String rule,
        Double support,
        Double confidence,
        Double lift,
        Double delayDays,
        LocalDate dueDate,
        boolean byUsage) {}
