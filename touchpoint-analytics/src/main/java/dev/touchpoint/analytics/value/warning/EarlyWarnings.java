package dev.touchpoint.analytics.value.warning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates the early-warning rules for one customer (DOMAIN §6, seeds 001 and 003).
 *
 * <ul>
 *   <li>{@link WarningRule#RFM_CHURN}: R ≤ churnMaxRecencyScore and max(F, M) ≥ churnMinValueScore
 *       now, and the previous run's R was above it (or there was no previous run) — the customer
 *       <em>crossed</em> the churn standard;
 *   <li>{@link WarningRule#P_ALIVE_LOW}: P(alive) &lt; pAliveBelow;
 *   <li>{@link WarningRule#P_ALIVE_DROP}: previous P(alive) − P(alive) ≥ pAliveDrop;
 *   <li>{@link WarningRule#NO_PURCHASE}: days since the last purchase &gt; the tier's limit;
 *   <li>{@link WarningRule#BEHIND_PLAN}: with a sales plan (plannedRevenue &gt; 0), actual revenue &lt;
 *       behindPlanShare × planned revenue; without one, actual purchases &lt; behindPlanShare ×
 *       planned purchases (planned &gt; 0);
 *   <li>{@link WarningRule#CREDIT_EXCEEDED}: open receivables &gt; credit limit;
 *   <li>{@link WarningRule#RECEIVABLE_OVERDUE}: overdue receivables &gt; 0;
 *   <li>{@link WarningRule#VALLEY_TOUCHPOINT}: a touchpoint with emotion ≤ valleyMaxEmotion within
 *       valleyWithinDays;
 *   <li>{@link WarningRule#EXPENSES_OVER_BUDGET}: expenses of the year so far &gt; the year's expense
 *       budget.
 * </ul>
 */
public final class EarlyWarnings {

    private EarlyWarnings() {}

    /**
     * Evaluates every rule.
     *
     * @param in the customer's figures
     * @param policy the thresholds
     * @return the warnings raised, in rule order; empty when none
     */
    public static List<Warning> evaluate(WarningInput in, WarningPolicy policy) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(policy, "policy");
        List<Warning> out = new ArrayList<>(2);
        rfmChurn(in, policy, out);
        if (in.probabilityAlive() < policy.pAliveBelow()) {
            out.add(warning(
                    WarningRule.P_ALIVE_LOW,
                    String.format(
                            Locale.ROOT,
                            "probability alive %.2f is below %.2f",
                            in.probabilityAlive(),
                            policy.pAliveBelow()),
                    "pAlive",
                    round(in.probabilityAlive()),
                    "threshold",
                    policy.pAliveBelow()));
        }
        Double before = in.previousProbabilityAlive();
        if (before != null && before - in.probabilityAlive() >= policy.pAliveDrop()) {
            out.add(warning(
                    WarningRule.P_ALIVE_DROP,
                    String.format(
                            Locale.ROOT, "probability alive fell from %.2f to %.2f", before, in.probabilityAlive()),
                    "previous",
                    round(before),
                    "pAlive",
                    round(in.probabilityAlive()),
                    "drop",
                    policy.pAliveDrop()));
        }
        int limit = policy.noPurchaseDaysFor(in.tier());
        if (in.daysSinceLastPurchase() > limit) {
            out.add(warning(
                    WarningRule.NO_PURCHASE,
                    "no purchase for " + in.daysSinceLastPurchase() + " days (limit " + limit + " for tier " + in.tier()
                            + ")",
                    "daysSinceLastPurchase",
                    in.daysSinceLastPurchase(),
                    "limitDays",
                    limit,
                    "tier",
                    String.valueOf(in.tier())));
        }
        Double plannedRevenue = in.plannedRevenue();
        Double planned = in.plannedPurchases();
        if (plannedRevenue != null && plannedRevenue > 0) {
            if (in.actualRevenue() < policy.behindPlanShare() * plannedRevenue) {
                out.add(warning(
                        WarningRule.BEHIND_PLAN,
                        String.format(
                                Locale.ROOT,
                                "revenue %.2f against %.2f planned by the sales plan",
                                in.actualRevenue(),
                                plannedRevenue),
                        "basis",
                        "SALES_PLAN",
                        "actualRevenue",
                        round(in.actualRevenue()),
                        "plannedRevenue",
                        round(plannedRevenue),
                        "share",
                        policy.behindPlanShare()));
            }
        } else if (planned != null && planned > 0 && in.actualPurchases() < policy.behindPlanShare() * planned) {
            out.add(warning(
                    WarningRule.BEHIND_PLAN,
                    String.format(Locale.ROOT, "%d purchases against %.1f planned", in.actualPurchases(), planned),
                    "actual",
                    in.actualPurchases(),
                    "planned",
                    round(planned),
                    "share",
                    policy.behindPlanShare()));
        }
        credit(in, out);
        valley(in, policy, out);
        Double budget = in.expenseBudget();
        if (budget != null && in.expensesSpent() > budget) {
            out.add(warning(
                    WarningRule.EXPENSES_OVER_BUDGET,
                    String.format(
                            Locale.ROOT, "sales expenses %.2f exceed the budget of %.2f", in.expensesSpent(), budget),
                    "spent",
                    round(in.expensesSpent()),
                    "budget",
                    round(budget)));
        }
        return out;
    }

    private static void rfmChurn(WarningInput in, WarningPolicy policy, List<Warning> out) {
        boolean meets = in.recencyScore() <= policy.churnMaxRecencyScore()
                && Math.max(in.frequencyScore(), in.monetaryScore()) >= policy.churnMinValueScore();
        Integer before = in.previousRecencyScore();
        if (meets && (before == null || before > policy.churnMaxRecencyScore())) {
            out.add(warning(
                    WarningRule.RFM_CHURN,
                    "RFM " + in.recencyScore() + in.frequencyScore() + in.monetaryScore() + " meets the churn standard",
                    "recencyScore",
                    in.recencyScore(),
                    "frequencyScore",
                    in.frequencyScore(),
                    "monetaryScore",
                    in.monetaryScore(),
                    "previousRecencyScore",
                    before == null ? "-" : before));
        }
    }

    private static void credit(WarningInput in, List<Warning> out) {
        Double limit = in.creditLimit();
        if (limit != null && in.openReceivables() > limit) {
            out.add(warning(
                    WarningRule.CREDIT_EXCEEDED,
                    String.format(Locale.ROOT, "owes %.2f against a credit limit of %.2f", in.openReceivables(), limit),
                    "open",
                    in.openReceivables(),
                    "creditLimit",
                    limit));
        }
        if (in.overdueReceivables() > 0) {
            out.add(warning(
                    WarningRule.RECEIVABLE_OVERDUE,
                    String.format(Locale.ROOT, "%.2f overdue", in.overdueReceivables()),
                    "overdue",
                    in.overdueReceivables(),
                    "open",
                    in.openReceivables()));
        }
    }

    private static void valley(WarningInput in, WarningPolicy policy, List<Warning> out) {
        if (in.valleyTouchpoint() == null || in.valleyEmotion() == null || in.valleyDaysAgo() == null) {
            return;
        }
        if (in.valleyEmotion() <= policy.valleyMaxEmotion() && in.valleyDaysAgo() <= policy.valleyWithinDays()) {
            out.add(warning(
                    WarningRule.VALLEY_TOUCHPOINT,
                    "emotion " + in.valleyEmotion() + " at " + in.valleyTouchpoint() + " " + in.valleyDaysAgo()
                            + " days ago",
                    "touchpoint",
                    in.valleyTouchpoint(),
                    "emotion",
                    in.valleyEmotion(),
                    "daysAgo",
                    in.valleyDaysAgo()));
        }
    }

    private static Warning warning(WarningRule rule, String reason, Object... evidence) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < evidence.length; i += 2) {
            map.put((String) evidence[i], evidence[i + 1]);
        }
        return new Warning(rule, reason, map);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
