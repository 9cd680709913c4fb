package dev.touchpoint.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LifetimeValueTest {

    private final BgNbdModel purchases = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
    private final GammaGammaModel spend = GammaGammaModel.of(6.25, 3.74, 15.44);
    private final CustomerSummary customer = CustomerSummary.of("1", 2, 30.43, 38.86, 22.35);

    @Test
    void withoutDiscountingValueTelescopesToTotalPurchasesTimesSpend() {
        double clv = LifetimeValue.of(purchases, spend, customer, DiscountOptions.of(12, 4, 0, 0.3));
        double expected = purchases.expectedPurchases(48, customer) * spend.expectedAverageValue(customer) * 0.3;
        assertThat(clv).isCloseTo(expected, within(1e-9));
    }

    @Test
    void eachPeriodIsDiscountedAtItsEnd() {
        double clv = LifetimeValue.of(purchases, spend, customer, DiscountOptions.of(2, 4, 0.1, 1));
        double first = purchases.expectedPurchases(4, customer);
        double second = purchases.expectedPurchases(8, customer) - first;
        double value = spend.expectedAverageValue(customer);
        assertThat(clv).isCloseTo(first * value / 1.1 + second * value / 1.21, within(1e-9));
    }

    @Test
    void aGivenSpendStandsInWhereGammaGammaHasNoFiniteMean() {
        // q = 0.8: p·x + q − 1 = 0.5·0 + 0.8 − 1 < 0, so a one-time buyer's expected spend is infinite
        var degenerate = GammaGammaModel.of(0.5, 0.8, 10);
        var oneTimeBuyer = CustomerSummary.of("2", 0, 0, 20);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> degenerate.expectedAverageValue(oneTimeBuyer))
                .isInstanceOf(ArithmeticException.class);

        double clv = LifetimeValue.of(purchases, 50.0, oneTimeBuyer, DiscountOptions.of(12, 4, 0, 1));
        assertThat(clv).isCloseTo(purchases.expectedPurchases(48, oneTimeBuyer) * 50.0, within(1e-9));
    }

    @Test
    void anInfiniteOrNegativeSpendIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        LifetimeValue.of(purchases, Double.POSITIVE_INFINITY, customer, DiscountOptions.of(1, 4, 0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> LifetimeValue.of(purchases, -1, customer, DiscountOptions.of(1, 4, 0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
