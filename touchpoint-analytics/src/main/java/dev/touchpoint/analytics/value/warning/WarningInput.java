package dev.touchpoint.analytics.value.warning;

/**
 * What is known of one customer when the rules run. Nullable fields mean "not known" and switch off
 * the rules that need them.
 *
 * @param tier the customer's tier code (e.g. VIP), or null
 * @param daysSinceLastPurchase days from the last purchase to the as-of date, ≥ 0
 * @param recencyScore RFM R score 1–5 now
 * @param frequencyScore RFM F score 1–5 now
 * @param monetaryScore RFM M score 1–5 now
 * @param previousRecencyScore R score at the last run, or null
 * @param probabilityAlive P(alive) now
 * @param previousProbabilityAlive P(alive) at the last run, or null
 * @param plannedPurchases purchases the plan expects in the plan window, or null without a plan
 * @param actualPurchases purchases made in the plan window
 * @param creditLimit the credit limit, or null without one
 * @param openReceivables what the customer owes now
 * @param overdueReceivables the part past due
 * @param valleyTouchpoint code of the lowest-emotion recent touchpoint, or null
 * @param valleyEmotion its emotion 1–6, or null
 * @param valleyDaysAgo days since it, or null
 * @param plannedRevenue revenue the customer's sales plan expects in the plan window, or null without
 *     a sales plan (then {@link WarningRule#BEHIND_PLAN} compares purchases with plannedPurchases)
 * @param actualRevenue revenue in the plan window
 * @param expenseBudget the year's sales-expense budget, or null without one
 * @param expensesSpent sales expenses recorded this year up to the as-of date
 */
public record WarningInput(
        String tier,
        long daysSinceLastPurchase,
        int recencyScore,
        int frequencyScore,
        int monetaryScore,
        Integer previousRecencyScore,
        double probabilityAlive,
        Double previousProbabilityAlive,
        Double plannedPurchases,
        int actualPurchases,
        Double creditLimit,
        double openReceivables,
        double overdueReceivables,
        String valleyTouchpoint,
        Integer valleyEmotion,
        Long valleyDaysAgo,
        Double plannedRevenue,
        double actualRevenue,
        Double expenseBudget,
        double expensesSpent) {

    /** Without a sales plan or an expense budget (the figures as before those existed). */
    public WarningInput(
            String tier,
            long daysSinceLastPurchase,
            int recencyScore,
            int frequencyScore,
            int monetaryScore,
            Integer previousRecencyScore,
            double probabilityAlive,
            Double previousProbabilityAlive,
            Double plannedPurchases,
            int actualPurchases,
            Double creditLimit,
            double openReceivables,
            double overdueReceivables,
            String valleyTouchpoint,
            Integer valleyEmotion,
            Long valleyDaysAgo) {
        this(
                tier,
                daysSinceLastPurchase,
                recencyScore,
                frequencyScore,
                monetaryScore,
                previousRecencyScore,
                probabilityAlive,
                previousProbabilityAlive,
                plannedPurchases,
                actualPurchases,
                creditLimit,
                openReceivables,
                overdueReceivables,
                valleyTouchpoint,
                valleyEmotion,
                valleyDaysAgo,
                null,
                0,
                null,
                0);
    }

    /**
     * Returns a copy with a sales plan and an expense budget.
     *
     * @param plannedRevenue planned revenue in the plan window, or null
     * @param actualRevenue revenue in the plan window
     * @param expenseBudget the year's expense budget, or null
     * @param expensesSpent expenses of the year so far
     * @return the copy
     */
    public WarningInput withPlanAndBudget(
            Double plannedRevenue, double actualRevenue, Double expenseBudget, double expensesSpent) {
        return new WarningInput(
                tier,
                daysSinceLastPurchase,
                recencyScore,
                frequencyScore,
                monetaryScore,
                previousRecencyScore,
                probabilityAlive,
                previousProbabilityAlive,
                plannedPurchases,
                actualPurchases,
                creditLimit,
                openReceivables,
                overdueReceivables,
                valleyTouchpoint,
                valleyEmotion,
                valleyDaysAgo,
                plannedRevenue,
                actualRevenue,
                expenseBudget,
                expensesSpent);
    }

    /** Validates the input. */
    public WarningInput {
        if (daysSinceLastPurchase < 0 || actualPurchases < 0) {
            throw new IllegalArgumentException("days and purchases must be >= 0");
        }
        if (!(probabilityAlive >= 0 && probabilityAlive <= 1)) {
            throw new IllegalArgumentException("probabilityAlive must be in [0, 1]");
        }
        if (actualRevenue < 0 || expensesSpent < 0) {
            throw new IllegalArgumentException("revenue and expenses must be >= 0");
        }
    }
}
