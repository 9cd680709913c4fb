package dev.touchpoint.analytics.value.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PurchaseHistoryTest {

    @Test
    void ordersOfOneDayAreMergedAndSortedByDay() {
        var h = new PurchaseHistory(7);
        h.add(10, 100, 20, 10);
        h.add(5, 50, 5, 0);
        h.add(10, 30, 6, 0);
        h.finish();
        assertThat(h.distinctDays()).isEqualTo(2);
        assertThat(h.first()).isEqualTo(5);
        assertThat(h.last()).isEqualTo(10);
        assertThat(h.revenue(0)).isEqualTo(50);
        assertThat(h.revenue(1)).isEqualTo(130);
        assertThat(h.grossProfit()).isEqualTo(31);
        // discount 10 of a list value 100 + 50 + 30 + 10 = 190
        assertThat(h.discountShare()).isCloseTo(10 / 190.0, within(1e-12));
        assertThat(h.daysBetween(6, 10)).isEqualTo(1);
        assertThat(h.revenueBetween(0, 9)).isEqualTo(50);
    }

    @Test
    void summaryCountsRepeatDaysInWeeksUpToTheEnd() {
        var h = new PurchaseHistory(1);
        h.add(0, 100, 0, 0);
        h.add(7, 40, 0, 0);
        h.add(21, 60, 0, 0);
        h.add(40, 999, 0, 0);
        h.finish();
        // as of day 28 the purchase of day 40 has not happened yet
        var s = ValueScoring.summary(h, 28);
        assertThat(s.frequency()).isEqualTo(2);
        assertThat(s.recency()).isCloseTo(3, within(1e-12));
        assertThat(s.age()).isCloseTo(4, within(1e-12));
        // m̄ over the repeat days only: (40 + 60) ÷ 2
        assertThat(s.monetary()).isCloseTo(50, within(1e-12));
    }
}
