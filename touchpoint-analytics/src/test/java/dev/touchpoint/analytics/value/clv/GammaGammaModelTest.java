package dev.touchpoint.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GammaGammaModelTest {

  private final GammaGammaModel model = GammaGammaModel.of(6, 4, 15);

  @Test
  void conditionalSpendMatchesHandComputation() {
    // p(γ + x m̄)/(px + q − 1) = 6 (15 + 2·20)/(12 + 3) = 330/15
    assertThat(model.expectedAverageValue(2, 20)).isCloseTo(22.0, within(1e-12));
  }

  @Test
  void customerWithoutRepeatsGetsThePopulationMean() {
    // pγ/(q − 1) = 90/3
    assertThat(model.expectedAverageValue()).isCloseTo(30.0, within(1e-12));
    assertThat(model.expectedAverageValue(0, 0)).isCloseTo(30.0, within(1e-12));
  }

  @Test
  void likelihoodIsADensityInTheMean() {
    // ∫ f(m̄ | x = 3) dm̄ = 1, by the trapezoid rule on a fine grid
    double step = 0.01;
    double integral = 0;
    for (double m = step; m < 5000; m += step) {
      integral += Math.exp(model.logLikelihood(3, m)) * step;
    }
    assertThat(integral).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void fitRejectsRepeatCustomerWithoutSpend() {
    List<CustomerSummary> bad = List.of(CustomerSummary.of("c1", 2, 3, 5, 0));
    assertThatThrownBy(() -> GammaGammaFitter.fit(bad)).hasMessageContaining("c1");
  }
}
