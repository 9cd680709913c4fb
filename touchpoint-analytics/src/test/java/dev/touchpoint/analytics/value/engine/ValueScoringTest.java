package dev.touchpoint.analytics.value.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.analytics.value.lifecycle.Lifecycle;
import dev.touchpoint.analytics.value.lifecycle.LifecycleInput;
import dev.touchpoint.analytics.value.lifecycle.LifecycleThresholds;
import dev.touchpoint.analytics.value.loyalty.LoyaltyIndicator;
import dev.touchpoint.analytics.value.rfm.RfmCustomer;
import dev.touchpoint.analytics.value.rfm.RfmSegment;
import dev.touchpoint.analytics.value.warning.Warning;
import dev.touchpoint.analytics.value.warning.WarningRule;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueScoringTest {

    private static final ValueSettings SETTINGS = new ValueSettings(
            20_000,
            26,
            36,
            0.01,
            Map.of("VIP", 120, "KEY", 180, "NORMAL", 365),
            Map.of("VIP", 300_000.0, "KEY", 100_000.0, "NORMAL", 5_000.0),
            0.8);

    private static PurchaseHistory history(int... days) {
        var h = new PurchaseHistory(1);
        for (int d : days) {
            h.add(d, 100, 20, 0);
        }
        return h.finish();
    }

    /** A customer with good RFM scores and P(alive), so that only the rule under test can fire. */
    private static CustomerValue healthy(String tier) {
        var rfm = new RfmCustomer("1", 90, 13, 1300, 4, 5, 5, RfmSegment.IMPORTANT_VALUE);
        var lifecycle = Lifecycle.classify(new LifecycleInput(450, 13, 0, 0.9), LifecycleThresholds.DEFAULTS);
        return new CustomerValue(1, tier, rfm, 0.9, 2, 1000, 260, 1300, lifecycle, null, null, null);
    }

    @Test
    void surveyScoresAreMappedOntoTheUnitIntervalByQuestionType() {
        assertThat(ValueScoring.unitScore("NPS", 8)).isCloseTo(0.8, within(1e-12));
        assertThat(ValueScoring.unitScore("CSAT", 4)).isCloseTo(0.75, within(1e-12));
        // low effort is good: 1 of 7 is the best answer
        assertThat(ValueScoring.unitScore("CES", 1)).isCloseTo(1, within(1e-12));
        assertThat(ValueScoring.unitScore("CES", 7)).isCloseTo(0, within(1e-12));
        assertThat(ValueScoring.unitScore("EMOTION", 6)).isCloseTo(1, within(1e-12));
        // off the scale or not a scale
        assertThat(ValueScoring.unitScore("CSAT", 6)).isNull();
        assertThat(ValueScoring.unitScore("TEXT", 3)).isNull();
        assertThat(ValueScoring.unitScore(null, 3)).isNull();
    }

    @Test
    void complaintsCountOnceDecided() {
        var h = history(0, 50);
        // day 10: bought again on day 50 (stayed); day 60: 140 days without a purchase (left);
        // day 150: only 50 days ago and no purchase since (undecided, left out); day 250: after as-of
        var voice = new CustomerContext.Voice(9.0, null, null, new int[] {10, 60, 150, 250});
        var input = ValueScoring.loyaltyInput(h, voice, 200);
        assertThat(input.score(LoyaltyIndicator.INCIDENT_TOLERANCE).getAsDouble())
                .isCloseTo(0.5, within(1e-12));
        assertThat(input.score(LoyaltyIndicator.RECOMMENDATION).getAsDouble()).isCloseTo(0.9, within(1e-12));
        // one repeat day of the five that saturate the indicator
        assertThat(input.score(LoyaltyIndicator.REPEAT_PURCHASE).getAsDouble()).isCloseTo(0.2, within(1e-12));
        assertThat(input.score(LoyaltyIndicator.SHARE_OF_WALLET)).isEmpty();
    }

    @Test
    void withoutASalesPlanTheCustomersOwnRunRateIsThePlan() {
        // a purchase every 30 days from day 0 to day 360, none in the 90 days to day 450
        var h = history(0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330, 360);
        var warnings = ValueScoring.warnings(
                h, healthy("NORMAL"), CustomerContext.of("NORMAL"), 450, ValueScoring.policy(SETTINGS));
        assertThat(warnings).extracting(Warning::rule).containsExactly(WarningRule.BEHIND_PLAN);
        // 13 purchase days in the 360 days before the window: 13 ÷ 360 × 90 = 3.25 planned, 0 made
        assertThat(warnings.get(0).evidence()).containsEntry("planned", 3.25).containsEntry("actual", 0);
    }

    @Test
    void aSalesPlanTakesPrecedenceOverTheRunRate() {
        var h = history(0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330, 360, 400, 430);
        var context =
                new CustomerContext("KEY", null, null, null, null, new CustomerContext.Plan(100_000.0, 20_000), null);
        var warnings = ValueScoring.warnings(h, healthy("KEY"), context, 450, ValueScoring.policy(SETTINGS));
        assertThat(warnings).extracting(Warning::rule).containsExactly(WarningRule.BEHIND_PLAN);
        assertThat(warnings.get(0).evidence()).containsEntry("basis", "SALES_PLAN");
    }

    @Test
    void creditValleyAndBudgetOfTheContextRaiseTheirWarnings() {
        var h = history(0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330, 360, 400, 430);
        var context = new CustomerContext(
                "KEY",
                null,
                new CustomerContext.Credit(50_000.0, 60_000, 5_000),
                new CustomerContext.Valley("Delivery", 1, 3),
                null,
                null,
                new CustomerContext.Budget(10_000.0, 12_000));
        var warnings = ValueScoring.warnings(h, healthy("KEY"), context, 450, ValueScoring.policy(SETTINGS));
        assertThat(warnings)
                .extracting(Warning::rule)
                .containsExactlyInAnyOrder(
                        WarningRule.CREDIT_EXCEEDED,
                        WarningRule.RECEIVABLE_OVERDUE,
                        WarningRule.VALLEY_TOUCHPOINT,
                        WarningRule.EXPENSES_OVER_BUDGET);
    }

    @Test
    void theRunsDaysWithoutAPurchaseReplaceTheLibraryDefaults() {
        var policy = ValueScoring.policy(SETTINGS);
        assertThat(policy.noPurchaseDays()).containsEntry("VIP", 120).containsEntry("NORMAL", 365);
    }
}
