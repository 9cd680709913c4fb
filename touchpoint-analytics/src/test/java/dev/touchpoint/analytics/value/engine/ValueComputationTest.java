package dev.touchpoint.analytics.value.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueComputationTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final ValueSettings SETTINGS = new ValueSettings(
            20_000, 26, 36, 0.01, Map.of("VIP", 120, "NORMAL", 365), Map.of("VIP", 300_000.0, "NORMAL", 0.0), 0.8);

    /** 200 customers buying at random over two years, each with their own rate. */
    private static List<PurchaseHistory> customers() {
        var random = new Random(42);
        int end = (int) AS_OF.toEpochDay();
        var out = new ArrayList<PurchaseHistory>();
        for (long id = 1; id <= 200; id++) {
            var h = new PurchaseHistory(id);
            int day = end - 730 + random.nextInt(500);
            double gap = 10 + random.nextInt(120);
            while (day <= end) {
                h.add(day, 500 + random.nextInt(1000), 100, 0);
                day += 1 + (int) (-gap * Math.log(1 - random.nextDouble()));
            }
            out.add(h.finish());
        }
        return out;
    }

    @Test
    void everyCustomerIsScoredInIdOrderAndTheModelIsDescribed() {
        var phases = new ArrayList<String>();
        var result = ValueComputation.run(
                customers(),
                id -> CustomerContext.of(id % 10 == 0 ? "VIP" : "NORMAL"),
                AS_OF,
                SETTINGS,
                (phase, percent) -> phases.add(phase));
        assertThat(result.customers()).hasSize(200);
        assertThat(result.customers().get(0).customerId()).isEqualTo(1);
        assertThat(result.customers().get(199).customerId()).isEqualTo(200);
        assertThat(result.customers().get(9).tier()).isEqualTo("VIP");
        assertThat(result.customers())
                .allSatisfy(v -> assertThat(v.pAlive()).isBetween(0.0, 1.0))
                .allSatisfy(v -> assertThat(v.clv()).isNotNegative());
        assertThat(result.model()).containsKeys("bgnbd", "gammaGamma", "spendModel", "margin", "holdout", "pareto");
        assertThat(result.model().get("holdout")).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) result.model().get("holdout")).get("available")).isEqualTo(true);
        assertThat(phases).containsExactly("fit", "validate", "score", "pareto");
        assertThat(result.warnings())
                .allSatisfy(w -> assertThat(w.tier()).isEqualTo(w.customerId() % 10 == 0 ? "VIP" : "NORMAL"));
    }

    @Test
    void noPurchaseMeansAnEmptyRun() {
        var result = ValueComputation.run(
                List.of(), id -> CustomerContext.of("NORMAL"), AS_OF, SETTINGS, ValueComputation.Progress.NONE);
        assertThat(result.customers()).isEmpty();
        assertThat(result.model()).containsEntry("empty", true);
    }

    @Test
    void marginIsGrossProfitOverRevenueClampedToTheUnitInterval() {
        assertThat(ValueComputation.margin(200, 30)).isCloseTo(0.15, within(1e-12));
        assertThat(ValueComputation.margin(200, -20)).isZero();
        assertThat(ValueComputation.margin(0, 10)).isZero();
    }

    @Test
    void paretoReportsTheTopFifthsShareAndTheCustomersBehindEightyPercent() {
        var pareto = ValueComputation.pareto(new double[] {5, 70, 10, 5, 10});
        // the top customer of five holds 70 of 100; 70 + 10 = 80 is reached after two customers
        assertThat((double) pareto.get("topShare")).isCloseTo(0.7, within(1e-12));
        assertThat((double) pareto.get("customerShareFor80")).isCloseTo(0.4, within(1e-12));
        assertThat(ValueComputation.pareto(new double[] {0, -5}).get("available"))
                .isEqualTo(false);
    }

    @Test
    void fewerThanTenCustomersBeforeTheHoldoutMeanNoValidation() {
        var few = customers().subList(0, 5);
        assertThat(ValueComputation.holdout(few, (int) AS_OF.toEpochDay(), SETTINGS))
                .containsEntry("available", false);
    }
}
