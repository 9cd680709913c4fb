package dev.touchpoint.analytics.value.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.analytics.value.Transaction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoCurveTest {

    // six customers, total 100; sorted 50, 20, 10, 10, 5, 5
    private final ParetoCurve curve = ParetoCurve.of(new double[] {10, 5, 50, 10, 20, 5});

    @Test
    void topTwentyPercentTakesAFractionOfTheBoundaryCustomer() {
        // 0.2 × 6 = 1.2 customers: all of the first (50) and 0.2 of the second (0.2 × 20 = 4)
        assertThat(curve.topShare()).isCloseTo(0.54, within(1e-12));
    }

    @Test
    void customerShareMakingEightyPercent() {
        // 50 + 20 + 10 = 80 after exactly three of six customers
        assertThat(curve.customerShareFor(0.8)).isCloseTo(0.5, within(1e-12));
        // 60 needs 50 plus half of the second customer's 20: 1.5 of 6 customers
        assertThat(curve.customerShareFor(0.6)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void equalProfitsGiveTheDiagonal() {
        ParetoCurve flat = ParetoCurve.of(new double[] {7, 7, 7, 7, 7, 7, 7, 7, 7, 7});
        assertThat(flat.topShare()).isCloseTo(0.2, within(1e-12));
        assertThat(flat.customerShareFor(0.8)).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void pointsRunFromOriginToOne() {
        List<ParetoPoint> points = curve.points();
        assertThat(points).hasSize(7);
        assertThat(points.get(0)).isEqualTo(new ParetoPoint(0, 0));
        assertThat(points.get(2).profitShare()).isCloseTo(0.7, within(1e-12));
        assertThat(points.get(6).profitShare()).isCloseTo(1.0, within(1e-12));
        assertThat(curve.sample(5)).hasSize(6);
        assertThat(curve.sample(5).get(1).profitShare()).isCloseTo(0.54, within(1e-12));
    }

    @Test
    void lossMakingCustomersPushTheCurveAboveOne() {
        ParetoCurve withLoss = ParetoCurve.of(new double[] {120, -20});
        assertThat(withLoss.profitShare(0.5)).isCloseTo(1.2, within(1e-12));
        assertThat(withLoss.customerShareFor(0.8))
                .isCloseTo(0.5 * 80 / 120, within(1e-12)); // 80 of the total 100 inside the first customer;
    }

    @Test
    void sumsTransactionsPerCustomer() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        ParetoCurve c = ParetoCurve.ofTransactions(
                List.of(Transaction.of("a", d, 30), Transaction.of("b", d, 10), Transaction.of("a", d, 60)));
        assertThat(c.customers()).isEqualTo(2);
        assertThat(c.total()).isEqualTo(100.0);
        assertThat(c.sortedProfits()).containsExactly(90.0, 10.0);
    }

    @Test
    void rejectsNonPositiveTotal() {
        assertThatThrownBy(() -> ParetoCurve.of(new double[] {5, -5})).hasMessageContaining("positive total");
    }
}
