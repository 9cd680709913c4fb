package dev.touchpoint.analytics.value.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LifecycleTest {

    private final LifecycleThresholds t = LifecycleThresholds.DEFAULTS;

    @Test
    void singlePurchaseIsAcquisition() {
        var s = Lifecycle.classify(new LifecycleInput(20, 1, 1, 0.9), t);
        assertThat(s.stage()).isEqualTo(PurchaseStage.FIRST_PURCHASE);
        assertThat(s.phase()).isEqualTo(LifecyclePhase.ACQUISITION);
    }

    @Test
    void lowProbabilityAliveIsChurningEvenForALongTermBuyer() {
        assertThat(Lifecycle.classify(new LifecycleInput(2000, 12, 0, 0.25), t).phase())
                .isEqualTo(LifecyclePhase.DECLINE);
        var gone = Lifecycle.classify(new LifecycleInput(2000, 12, 0, 0.05), t);
        assertThat(gone.stage()).isEqualTo(PurchaseStage.CHURNING);
        assertThat(gone.phase()).isEqualTo(LifecyclePhase.EXIT);
    }

    @Test
    void steadyLongTermBuyerIsMature() {
        // tenure 1095 d, 6 purchase days, 2 in the last 365 d: recent 2/365, earlier 4/730 → trend 1.0
        var s = Lifecycle.classify(new LifecycleInput(1095, 6, 2, 0.8), t);
        assertThat(s.trend()).isCloseTo(1.0, within(1e-12));
        assertThat(s.stage()).isEqualTo(PurchaseStage.LONG_TERM);
        assertThat(s.phase()).isEqualTo(LifecyclePhase.MATURITY);
    }

    @Test
    void fallingRateIsDecline() {
        // tenure 1095, 9 days, 1 recent: recent 1/365, earlier 8/730 = 4/365 → trend 0.25 ≤ 0.5
        var s = Lifecycle.classify(new LifecycleInput(1095, 9, 1, 0.7), t);
        assertThat(s.trend()).isCloseTo(0.25, within(1e-12));
        assertThat(s.phase()).isEqualTo(LifecyclePhase.DECLINE);
        assertThat(s.stage()).isEqualTo(PurchaseStage.LONG_TERM);
    }

    @Test
    void youngRepeatBuyerIsGrowth() {
        // tenure 200 < window: no earlier period, trend undefined → growth; 200 < 365 → repeat
        var s = Lifecycle.classify(new LifecycleInput(200, 3, 3, 0.9), t);
        assertThat(s.trend()).isNaN();
        assertThat(s.stage()).isEqualTo(PurchaseStage.REPEAT);
        assertThat(s.phase()).isEqualTo(LifecyclePhase.GROWTH);
    }

    @Test
    void risingRateIsGrowth() {
        // tenure 730: recent 3/365, earlier 1/365 → trend 3
        var s = Lifecycle.classify(new LifecycleInput(730, 4, 3, 0.95), t);
        assertThat(s.trend()).isCloseTo(3.0, within(1e-12));
        assertThat(s.phase()).isEqualTo(LifecyclePhase.GROWTH);
    }

    @Test
    void thresholdsAreConfigurable() {
        var strict = new LifecycleThresholds(365, 3, 0.9, 0.1, 0.5, 1.5, 365);
        assertThat(Lifecycle.classify(new LifecycleInput(1095, 6, 2, 0.8), strict)
                        .stage())
                .isEqualTo(PurchaseStage.CHURNING);
        assertThatThrownBy(() -> new LifecycleThresholds(365, 3, 0.2, 0.3, 0.5, 1.5, 365))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
