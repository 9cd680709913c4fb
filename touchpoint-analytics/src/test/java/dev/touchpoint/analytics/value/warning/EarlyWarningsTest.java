package dev.touchpoint.analytics.value.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyWarningsTest {

    private static WarningInput healthy() {
        return new WarningInput("VIP", 10, 5, 4, 4, 5, 0.9, 0.92, null, 0, 100_000.0, 0, 0, null, null, null);
    }

    private static List<WarningRule> rules(WarningInput in) {
        return EarlyWarnings.evaluate(in, WarningPolicy.DEFAULTS).stream()
                .map(Warning::rule)
                .toList();
    }

    @Test
    void healthyCustomerRaisesNothing() {
        assertThat(EarlyWarnings.evaluate(healthy(), WarningPolicy.DEFAULTS)).isEmpty();
    }

    @Test
    void dormantVipRaisesNoPurchaseWithEvidence() {
        var in = new WarningInput("VIP", 91, 3, 4, 4, 3, 0.9, null, null, 0, null, 0, 0, null, null, null);
        var warnings = EarlyWarnings.evaluate(in, WarningPolicy.DEFAULTS);
        assertThat(warnings).extracting(Warning::rule).containsExactly(WarningRule.NO_PURCHASE);
        assertThat(warnings.get(0).evidence())
                .containsEntry("daysSinceLastPurchase", 91L)
                .containsEntry("limitDays", 90);
        // the same 91 days is within a normal customer's 180
        assertThat(rules(new WarningInput("NORMAL", 91, 3, 4, 4, 3, 0.9, null, null, 0, null, 0, 0, null, null, null)))
                .isEmpty();
    }

    @Test
    void churnStandardFiresOnlyWhenCrossed() {
        var crossed = new WarningInput("KEY", 30, 1, 3, 2, 2, 0.9, null, null, 0, null, 0, 0, null, null, null);
        assertThat(rules(crossed)).containsExactly(WarningRule.RFM_CHURN);
        var already = new WarningInput("KEY", 30, 1, 3, 2, 1, 0.9, null, null, 0, null, 0, 0, null, null, null);
        assertThat(rules(already)).isEmpty();
        var lowValue = new WarningInput("KEY", 30, 1, 2, 2, 3, 0.9, null, null, 0, null, 0, 0, null, null, null);
        assertThat(rules(lowValue)).isEmpty();
    }

    @Test
    void probabilityAliveLowAndDrop() {
        var in = new WarningInput("KEY", 30, 3, 3, 3, 3, 0.25, 0.5, null, 0, null, 0, 0, null, null, null);
        assertThat(rules(in)).containsExactly(WarningRule.P_ALIVE_LOW, WarningRule.P_ALIVE_DROP);
        var smallDrop = new WarningInput("KEY", 30, 3, 3, 3, 3, 0.6, 0.79, null, 0, null, 0, 0, null, null, null);
        assertThat(rules(smallDrop)).isEmpty();
    }

    @Test
    void planCreditOverdueAndValley() {
        var in = new WarningInput("KEY", 30, 3, 3, 3, 3, 0.9, null, 4.0, 1, 10_000.0, 12_000, 500, "DELIVERY", 1, 5L);
        assertThat(rules(in))
                .containsExactly(
                        WarningRule.BEHIND_PLAN,
                        WarningRule.CREDIT_EXCEEDED,
                        WarningRule.RECEIVABLE_OVERDUE,
                        WarningRule.VALLEY_TOUCHPOINT);
        var onPlan = new WarningInput("KEY", 30, 3, 3, 3, 3, 0.9, null, 4.0, 2, 10_000.0, 10_000, 0, "DELIVERY", 3, 5L);
        assertThat(rules(onPlan)).isEmpty();
        var oldValley = new WarningInput("KEY", 30, 3, 3, 3, 3, 0.9, null, null, 0, null, 0, 0, "DELIVERY", 1, 31L);
        assertThat(rules(oldValley)).isEmpty();
    }

    @Test
    void salesPlanReplacesTheRunRateWhenPresent() {
        // the run-rate alone would be on plan (2 of 4 purchases = 50 %), but revenue 4,000 < 50 % × 9,000 = 4,500
        var base = new WarningInput("KEY", 30, 3, 3, 3, 3, 0.9, null, 4.0, 2, null, 0, 0, null, null, null);
        var behind = EarlyWarnings.evaluate(base.withPlanAndBudget(9_000.0, 4_000, null, 0), WarningPolicy.DEFAULTS);
        assertThat(behind).extracting(Warning::rule).containsExactly(WarningRule.BEHIND_PLAN);
        assertThat(behind.get(0).evidence())
                .containsEntry("basis", "SALES_PLAN")
                .containsEntry("actualRevenue", 4000.0)
                .containsEntry("plannedRevenue", 9000.0);
        // 4,500 is exactly half: not behind
        assertThat(rules(base.withPlanAndBudget(9_000.0, 4_500, null, 0))).isEmpty();
        // a sales plan on track silences the run-rate rule: 1 of 4 purchases, but 5,000 of 9,000 planned
        var fewPurchases = new WarningInput("KEY", 30, 3, 3, 3, 3, 0.9, null, 4.0, 1, null, 0, 0, null, null, null);
        assertThat(rules(fewPurchases)).containsExactly(WarningRule.BEHIND_PLAN);
        assertThat(rules(fewPurchases.withPlanAndBudget(9_000.0, 5_000, null, 0)))
                .isEmpty();
    }

    @Test
    void expensesOverBudget() {
        var over = EarlyWarnings.evaluate(
                healthy().withPlanAndBudget(null, 0, 20_000.0, 20_000.01), WarningPolicy.DEFAULTS);
        assertThat(over).extracting(Warning::rule).containsExactly(WarningRule.EXPENSES_OVER_BUDGET);
        assertThat(over.get(0).evidence()).containsEntry("spent", 20000.01).containsEntry("budget", 20000.0);
        assertThat(rules(healthy().withPlanAndBudget(null, 0, 20_000.0, 20_000)))
                .isEmpty();
        // no budget: no warning however much was spent
        assertThat(rules(healthy().withPlanAndBudget(null, 0, null, 1_000_000))).isEmpty();
    }
}
