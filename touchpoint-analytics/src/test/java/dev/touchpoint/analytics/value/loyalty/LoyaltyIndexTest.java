package dev.touchpoint.analytics.value.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoyaltyIndexTest {

    @Test
    void allSixIndicatorsWithEqualWeightsAverage() {
        // scores: repeat 4/5 = 0.8; discount 0.15/0.3 → 0.5; attitude (4−1)/4 = 0.75;
        // incidents 1/2 = 0.5; wallet 0.6; NPS 9/10 = 0.9 → mean 4.05/6 = 0.675
        var input = LoyaltyInput.builder()
                .repeatPurchases(4)
                .discountShare(0.15)
                .competitorAttitude(4)
                .incidents(2, 1)
                .shareOfWallet(0.6)
                .recommendation(9)
                .build();
        var score = LoyaltyIndex.of(input, LoyaltyWeights.EQUAL).orElseThrow();
        assertThat(score.index()).isCloseTo(67.5, within(1e-9));
        assertThat(score.coverage()).isEqualTo(1.0);
        assertThat(score.missing()).isEmpty();
    }

    @Test
    void missingIndicatorsAreReweightedAwayAndReported() {
        // only repeat (5 → 1.0) and discount (0.06/0.3 → 0.8): weights 2 and 1 → (2·1 + 0.8)/3 = 0.9333
        var weights = new LoyaltyWeights(Map.of(
                LoyaltyIndicator.REPEAT_PURCHASE,
                2.0,
                LoyaltyIndicator.PRICE_SENSITIVITY,
                1.0,
                LoyaltyIndicator.RECOMMENDATION,
                1.0));
        var input = LoyaltyInput.builder()
                .repeatPurchases(7)
                .discountShare(0.06)
                .incidents(0, 0)
                .build();
        var score = LoyaltyIndex.of(input, weights).orElseThrow();
        assertThat(score.index()).isCloseTo(280.0 / 3, within(1e-9));
        assertThat(score.coverage()).isCloseTo(0.75, within(1e-12));
        assertThat(score.missing()).containsExactly(LoyaltyIndicator.RECOMMENDATION);
        assertThat(input.score(LoyaltyIndicator.INCIDENT_TOLERANCE)).isEmpty();
    }

    @Test
    void noAvailableIndicatorGivesNoIndex() {
        var weights = new LoyaltyWeights(Map.of(LoyaltyIndicator.RECOMMENDATION, 1.0));
        assertThat(LoyaltyIndex.of(LoyaltyInput.builder().repeatPurchases(3).build(), weights))
                .isEmpty();
    }

    @Test
    void typesFollowIndexAndTrend() {
        assertThat(LoyaltyIndex.type(30, 1.0)).isEqualTo(LoyaltyType.DISPERSED);
        assertThat(LoyaltyIndex.type(80, 0.4)).isEqualTo(LoyaltyType.CHANGING);
        assertThat(LoyaltyIndex.type(80, 1.0)).isEqualTo(LoyaltyType.CONTINUOUS);
        assertThat(LoyaltyIndex.type(80, Double.NaN)).isEqualTo(LoyaltyType.CONTINUOUS);
        assertThat(LoyaltyIndex.type(50, 1.0)).isEqualTo(LoyaltyType.INTERMITTENT);
        assertThat(LoyaltyIndex.type(80, 0.6)).isEqualTo(LoyaltyType.INTERMITTENT);
    }
}
