package dev.touchpoint.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BgNbdModelTest {

    private static final BgNbdModel CDNOW = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);

    @Test
    void customerWithoutRepeatPurchaseIsAliveForSure() {
        assertThat(CDNOW.probabilityAlive(0, 0, 38.86)).isEqualTo(1.0);
        assertThat(CDNOW.probabilityAlive(CustomerSummary.of("new", 0, 0, 0))).isEqualTo(1.0);
    }

    @Test
    void probabilityAliveMatchesHandComputation() {
        // a/(b+x-1) = 1/1, ((α+T)/(α+t_x))^(r+x) = (4/2)^2 = 4, so P = 1/(1+4)
        BgNbdModel model = BgNbdModel.of(1, 1, 1, 1);
        assertThat(model.probabilityAlive(1, 1, 3)).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void purchaseAtTheEndOfTheWindowBeatsAnEarlyOne() {
        double recent = CDNOW.probabilityAlive(2, 38, 38.86);
        double early = CDNOW.probabilityAlive(2, 5, 38.86);
        assertThat(recent).isGreaterThan(early);
        assertThat(early).isBetween(0.0, 1.0);
    }

    @Test
    void conditionalExpectationMatchesThePublishedExample() {
        // Fader, Hardie & Lee (2005), section 4 / Hardie's Excel note: x = 2, t_x = 30.43, T = 38.86
        // expects 1.226 purchases in the next 39 weeks
        assertThat(CDNOW.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.001));
    }

    @Test
    void unconditionalExpectationMatchesClosedForm() {
        // r=1, α=1, a=2, b=1, t=1: 2F1(1,1;2;1/2) = 2 ln 2, so E[X(1)] = 2 (1 − ½ · 2 ln 2) = 2 (1 − ln 2)
        BgNbdModel model = BgNbdModel.of(1, 1, 2, 1);
        assertThat(model.expectedPurchases(1.0)).isCloseTo(2 * (1 - Math.log(2)), within(1e-12));
        assertThat(model.expectedPurchases(0.0)).isEqualTo(0.0);
    }

    @Test
    void brandNewCustomerExpectsTheUnconditionalPurchases() {
        double conditional = CDNOW.expectedPurchases(39, CustomerSummary.of("new", 0, 0, 0));
        assertThat(conditional).isCloseTo(CDNOW.expectedPurchases(39), within(1e-12));
    }

    @Test
    void unconditionalExpectationAgreesWithSimulation() {
        double simulated = new BgNbdSimulator(7).meanRepeatPurchases(CDNOW, 39, 400_000);
        assertThat(CDNOW.expectedPurchases(39)).isCloseTo(simulated, within(0.01));
    }

    @Test
    void expectationsAreUndefinedForAEqualToOne() {
        assertThatThrownBy(() -> BgNbdModel.of(1, 1, 1, 1).expectedPurchases(1.0))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void rejectsNonPositiveParameters() {
        assertThatThrownBy(() -> BgNbdModel.of(0, 1, 1, 1)).hasMessageContaining("r must be");
        assertThatThrownBy(() -> BgNbdModel.of(1, Double.NaN, 1, 1)).hasMessageContaining("alpha");
    }

    @Test
    void hypergeometricMatchesLogarithmIdentity() {
        // 2F1(1, 1; 2; z) = −ln(1 − z)/z
        assertThat(Hypergeometric.f21(1, 1, 2, 0.9)).isCloseTo(-Math.log(0.1) / 0.9, within(1e-12));
    }
}
