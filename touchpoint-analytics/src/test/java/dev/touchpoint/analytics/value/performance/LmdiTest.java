package dev.touchpoint.analytics.value.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LmdiTest {

    // factors 1000 × 1.2 × 0.1 × 1.25 × 100 × 0.3 = 4500
    private final PerformancePeriod base = PerformancePeriod.of(1000, 1200, 120, 150, 15_000, 4_500);

    @Test
    void factorsMultiplyBackToGrossProfit() {
        Map<PerformanceFactor, Double> f = base.factors();
        assertThat(f.get(PerformanceFactor.REFERRAL)).isCloseTo(1.2, within(1e-12));
        assertThat(f.get(PerformanceFactor.CONVERSION)).isCloseTo(0.1, within(1e-12));
        assertThat(f.get(PerformanceFactor.REPEAT)).isCloseTo(1.25, within(1e-12));
        assertThat(f.get(PerformanceFactor.ORDER_VALUE)).isCloseTo(100, within(1e-12));
        assertThat(f.get(PerformanceFactor.MARGIN)).isCloseTo(0.3, within(1e-12));
        assertThat(base.factorProduct()).isCloseTo(4_500, within(1e-9));
    }

    @Test
    void singleChangedFactorTakesTheWholeChange() {
        // conversion doubles; L(9000, 4500) · ln 2 = (4500 / ln 2) · ln 2 = 4500
        PerformancePeriod after = PerformancePeriod.of(1000, 1200, 240, 300, 30_000, 9_000);
        LmdiDecomposition d = Lmdi.decompose(base, after);
        assertThat(d.contribution(PerformanceFactor.CONVERSION)).isCloseTo(4_500, within(1e-9));
        assertThat(d.contribution(PerformanceFactor.TRAFFIC)).isCloseTo(0, within(1e-9));
        assertThat(d.contribution(PerformanceFactor.MARGIN)).isCloseTo(0, within(1e-9));
    }

    @Test
    void offsettingFactorsCancelWithTheLogarithmicMeanOfEqualValues() {
        // traffic doubles, margin halves: V unchanged, L(4500, 4500) = 4500, parts ±4500 ln 2
        PerformancePeriod after = PerformancePeriod.of(2000, 2400, 240, 300, 30_000, 4_500);
        LmdiDecomposition d = Lmdi.decompose(base, after);
        assertThat(d.contribution(PerformanceFactor.TRAFFIC)).isCloseTo(4_500 * Math.log(2), within(1e-9));
        assertThat(d.contribution(PerformanceFactor.MARGIN)).isCloseTo(-4_500 * Math.log(2), within(1e-9));
        assertThat(d.explained()).isCloseTo(0, within(1e-9));
    }

    @Test
    void partsAddUpToTheChange() {
        Random random = new Random(42);
        for (int i = 0; i < 1_000; i++) {
            PerformancePeriod a = randomPeriod(random);
            PerformancePeriod b = randomPeriod(random);
            LmdiDecomposition d = Lmdi.decompose(a, b);
            assertThat(d.explained()).isCloseTo(b.grossProfit() - a.grossProfit(), within(1e-9));
        }
    }

    @Test
    void logarithmicMean() {
        assertThat(Lmdi.logarithmicMean(2, 1)).isCloseTo(1 / Math.log(2), within(1e-15));
        assertThat(Lmdi.logarithmicMean(3, 3)).isEqualTo(3.0);
    }

    @Test
    void rejectsNonPositiveGrossProfit() {
        PerformancePeriod loss = PerformancePeriod.of(1000, 1200, 120, 150, 15_000, -10);
        assertThatThrownBy(() -> Lmdi.decompose(base, loss))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gross profit (after)");
    }

    @Test
    void rejectsZeroDenominator() {
        PerformancePeriod noBuyers = PerformancePeriod.of(1000, 1200, 0, 0, 0, 0);
        assertThatThrownBy(noBuyers::factors)
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("buyers");
    }

    private static PerformancePeriod randomPeriod(Random r) {
        double nonReferred = 100 + r.nextInt(10_000);
        double visitors = nonReferred * (1 + r.nextDouble());
        double buyers = Math.max(1, Math.floor(visitors * (0.01 + 0.3 * r.nextDouble())));
        double orders = buyers * (1 + r.nextInt(3));
        double revenue = orders * (10 + 500 * r.nextDouble());
        return PerformancePeriod.of(
                nonReferred, visitors, buyers, orders, revenue, revenue * (0.05 + 0.5 * r.nextDouble()));
    }
}
