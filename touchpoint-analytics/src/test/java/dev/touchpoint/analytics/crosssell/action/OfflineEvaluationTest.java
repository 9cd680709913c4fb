package dev.touchpoint.analytics.crosssell.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OfflineEvaluationTest {

    private static final LocalDate CUTOFF = LocalDate.of(2026, 1, 1);

    /**
     * A planted pattern: every customer who buys A buys B some weeks later; the most popular product
     * is C, bought by everybody. After the cut-off, customers who bought A before it buy B next: the
     * rules predict B at rank 1, the popularity baseline predicts C (or A).
     */
    @Test
    void rulesThatHoldInTheFutureBeatThePopularityBaseline() {
        var random = new Random(11);
        var purchases = new LinkedHashMap<String, List<Purchase>>();
        for (int c = 0; c < 400; c++) {
            var history = new ArrayList<Purchase>();
            history.add(new Purchase(CUTOFF.minusDays(300 + random.nextInt(30)), "C", "X"));
            if (c % 2 == 0) {
                // A then B before the cut-off (the pattern to learn) …
                LocalDate a = CUTOFF.minusDays(250 - random.nextInt(30));
                history.add(new Purchase(a, "A", "X"));
                history.add(new Purchase(a.plusDays(20 + random.nextInt(20)), "B", "X"));
            } else if (c % 4 == 1) {
                // … and A shortly before the cut-off, B right after it (the future to predict)
                history.add(new Purchase(CUTOFF.minusDays(100 + random.nextInt(30)), "A", "X"));
                history.add(new Purchase(CUTOFF.plusDays(5 + random.nextInt(20)), "B", "X"));
            } else {
                history.add(new Purchase(CUTOFF.plusDays(5 + random.nextInt(20)), "D" + random.nextInt(3), "X"));
            }
            purchases.put("c" + c, history);
        }
        var result = OfflineEvaluation.run(
                purchases,
                Map.of(),
                new OfflineEvaluation.Settings(CUTOFF, 0.05, 0.05, 0.3, null, List.of(1, 3, 5)),
                ActionSettings.defaults());

        assertThat(result.customers()).isEqualTo(200); // the odd ones: purchases on both sides
        // 100 customers buy B next; the rules rank B first for all of them
        assertThat(result.hitRate().get(1)).isEqualTo(0.5);
        // the baseline's top 1 is C, the most popular product (bought 300 days ago, so it may be
        // offered again), which nobody buys next
        assertThat(result.baselineHitRate().get(1)).isLessThan(result.hitRate().get(1));
        assertThat(result.lift(1)).isGreaterThan(1);
        assertThat(result.associationRules() + result.sequentialRules()).isPositive();
    }
}
