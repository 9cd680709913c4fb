package dev.touchpoint.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fits data simulated from known parameters (fixed seed) and recovers them. */
class ParameterRecoveryTest {

    private static final BgNbdModel TRUE_PURCHASES = BgNbdModel.of(0.5, 6.0, 0.8, 2.5);
    private static final GammaGammaModel TRUE_SPEND = GammaGammaModel.of(6.0, 4.0, 15.0);

    private final List<CustomerSummary> sample =
            new BgNbdSimulator(20_240_601L).simulate(TRUE_PURCHASES, TRUE_SPEND, 20_000, 52);

    @Test
    void bgNbdRecoversSimulatedParameters() {
        BgNbdModel fitted = BgNbdFitter.fit(sample).model();
        assertThat(fitted.r()).isCloseTo(TRUE_PURCHASES.r(), withinPercentage(10));
        assertThat(fitted.alpha()).isCloseTo(TRUE_PURCHASES.alpha(), withinPercentage(10));
        assertThat(fitted.a()).isCloseTo(TRUE_PURCHASES.a(), withinPercentage(20));
        assertThat(fitted.b()).isCloseTo(TRUE_PURCHASES.b(), withinPercentage(20));
    }

    @Test
    void gammaGammaRecoversSimulatedParameters() {
        GammaGammaModel fitted = GammaGammaFitter.fit(sample).model();
        assertThat(fitted.p()).isCloseTo(TRUE_SPEND.p(), withinPercentage(10));
        assertThat(fitted.q()).isCloseTo(TRUE_SPEND.q(), withinPercentage(15));
        assertThat(fitted.gamma()).isCloseTo(TRUE_SPEND.gamma(), withinPercentage(20));
    }

    @Test
    void fitIsAtLeastAsLikelyAsTheTruth() {
        BgNbdFit fit = BgNbdFitter.fit(sample);
        double atTruth =
                sample.stream().mapToDouble(TRUE_PURCHASES::logLikelihood).sum();
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(atTruth);
    }
}
