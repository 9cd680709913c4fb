package dev.touchpoint.analytics.value.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TierPromptsTest {

    private static final Map<String, Double> MINIMUMS =
            Map.of("VIP", 300_000.0, "KEY", 100_000.0, "NORMAL", 5_000.0, "SMALL", 0.0);

    @Test
    void keyCustomerWithinEightyPercentOfTheVipMinimumIsAThresholdCustomer() {
        // 0.8 × 300 000 = 240 000 ≤ 250 000 < 300 000
        assertThat(TierPrompts.of("KEY", 250_000, MINIMUMS, 0.8)).isEqualTo("THRESHOLD:VIP");
        assertThat(TierPrompts.of("KEY", 239_999, MINIMUMS, 0.8)).isNull();
    }

    @Test
    void customerWhoReachedTheNextMinimumIsQualifiedForIt() {
        assertThat(TierPrompts.of("KEY", 300_000, MINIMUMS, 0.8)).isEqualTo("QUALIFIED:VIP");
        // the next tier is the nearest above, not the top one
        assertThat(TierPrompts.of("SMALL", 400_000, MINIMUMS, 0.8)).isEqualTo("QUALIFIED:NORMAL");
    }

    @Test
    void topTierAndUnknownTiersGetNoPrompt() {
        assertThat(TierPrompts.of("VIP", 1_000_000, MINIMUMS, 0.8)).isNull();
        assertThat(TierPrompts.of("PARTNER", 1_000_000, MINIMUMS, 0.8)).isNull();
    }
}
