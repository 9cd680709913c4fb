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
    void repeatCustomersWithoutSpendAreLeftOutOfTheFitAndCounted() {
        List<CustomerSummary> paying = List.of(
                CustomerSummary.of("a", 2, 3, 5, 10),
                CustomerSummary.of("b", 1, 2, 5, 30),
                CustomerSummary.of("c", 4, 4, 5, 18),
                CustomerSummary.of("d", 3, 1, 5, 25),
                CustomerSummary.of("e", 0, 0, 5, 0));
        List<CustomerSummary> withFreebies = new java.util.ArrayList<>(paying);
        withFreebies.add(CustomerSummary.of("free1", 2, 3, 5, 0));
        withFreebies.add(CustomerSummary.of("free2", 1, 1, 5, 0));

        GammaGammaFit alone = GammaGammaFitter.fit(paying);
        GammaGammaFit fit = GammaGammaFitter.fit(withFreebies);

        assertThat(fit.customers()).isEqualTo(4);
        assertThat(fit.withoutSpend()).isEqualTo(2);
        assertThat(fit.model()).isEqualTo(alone.model());
        assertThat(fit.logLikelihood()).isEqualTo(alone.logLikelihood());
    }

    @Test
    void customersWithoutSpendHistoryGetThePopulationMean() {
        GammaGammaModel model = GammaGammaModel.of(6.25, 3.74, 15.44);
        SpendForecast forecast = SpendForecast.of(model, List.of());
        double populationMean = 6.25 * 15.44 / (3.74 - 1); // 35.2190..., by hand
        assertThat(forecast.expected(CustomerSummary.of("free", 2, 3, 5, 0))).isCloseTo(populationMean, within(1e-12));
        assertThat(forecast.expected(CustomerSummary.of("once", 0, 0, 5, 0))).isCloseTo(populationMean, within(1e-12));
        // x = 2, m = 20: p(γ + x m)/(px + q − 1) = 6.25 × 55.44 / 15.24
        assertThat(forecast.expected(CustomerSummary.of("repeat", 2, 3, 5, 20)))
                .isCloseTo(6.25 * 55.44 / 15.24, within(1e-12));
    }

    @Test
    void theFastSampleLikelihoodEqualsTheSumOfTheCustomersLikelihoods() {
        var random = new java.util.Random(7);
        int[] x = new int[500];
        double[] m = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1 + random.nextInt(12);
            m[i] = 0.5 + 200 * random.nextDouble();
        }
        GammaGammaModel model = GammaGammaModel.of(2.7, 4.1, 9.3);
        double direct = 0;
        for (int i = 0; i < x.length; i++) {
            direct += model.logLikelihood(x[i], m[i]);
        }
        assertThat(new GammaGammaLikelihood(x, m).value(2.7, 4.1, 9.3))
                .isCloseTo(direct, within(1e-9 * Math.abs(direct)));
    }

    @Test
    void aFitNeedsSomeRepeatSpend() {
        List<CustomerSummary> free = List.of(CustomerSummary.of("c1", 2, 3, 5, 0));
        assertThatThrownBy(() -> GammaGammaFitter.fit(free)).hasMessageContaining("positive value");
    }
}
