package dev.touchpoint.analytics.crosssell.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** FP-growth against a brute-force miner that counts every subset of a small item universe. */
class FpGrowthPropertyTest {

    @RepeatedTest(40)
    void findsExactlyTheItemsetsABruteForceMinerFinds(RepetitionInfo repetition) {
        var random = new Random(1000L + repetition.getCurrentRepetition());
        int universe = 3 + random.nextInt(6);
        var baskets = randomBaskets(random, universe, 5 + random.nextInt(60));
        long minCount = 1 + random.nextInt(Math.max(1, baskets.size() / 4));
        int maxLength = 1 + random.nextInt(universe);

        var mined = FpGrowth.mine(baskets, MinimumSupport.count(minCount), maxLength);
        var expected = bruteForce(baskets, universe, minCount, maxLength);

        assertThat(mined.itemsets()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(mined.itemsets()).isSortedAccordingTo(FrequentItemsets.ORDER);
    }

    @RepeatedTest(20)
    void rulesHaveTheMeasuresComputedFromBruteForceCounts(RepetitionInfo repetition) {
        var random = new Random(5000L + repetition.getCurrentRepetition());
        int universe = 4 + random.nextInt(4);
        var baskets = randomBaskets(random, universe, 20 + random.nextInt(40));
        var mined = FpGrowth.mine(baskets, MinimumSupport.count(2), universe);
        var rules = AssociationRules.of(mined, RuleFilter.confidence(0.3).withMaxConsequent(2));

        double n = baskets.size();
        for (var rule : rules) {
            var union = new ArrayList<>(rule.antecedent());
            union.addAll(rule.consequent());
            long both = holding(baskets, union);
            long left = holding(baskets, rule.antecedent());
            long right = holding(baskets, rule.consequent());
            assertThat(rule.count()).isEqualTo(both);
            assertThat(rule.confidence())
                    .isCloseTo(both / (double) left, within(1e-12))
                    .isGreaterThanOrEqualTo(0.3);
            assertThat(rule.lift()).isCloseTo((both / (double) left) / (right / n), within(1e-9));
            assertThat(rule.consequent().size()).isBetween(1, 2);
        }
        // and none is missing: every split of every frequent itemset with confidence ≥ 0.3
        long expected = mined.itemsets().stream()
                .filter(i -> i.size() >= 2)
                .mapToLong(i -> splits(baskets, i, 0.3, 2))
                .sum();
        assertThat(rules).hasSize((int) expected);
        assertThat(rules).isSortedAccordingTo(AssociationRules.ORDER);
    }

    @Test
    void repeatedItemsInABasketCountOnceAndEmptyBasketsCountAsBaskets() {
        var mined =
                FpGrowth.mine(List.of(List.of("a", "a", "b"), List.of(), List.of("a")), MinimumSupport.share(0.5), 5);
        assertThat(mined.baskets()).isEqualTo(3);
        assertThat(mined.itemsets()).containsExactly(new FrequentItemset(List.of("a"), 2));
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheBaskets() {
        var random = new Random(7);
        var baskets = randomBaskets(random, 8, 200);
        var shuffled = new ArrayList<>(baskets);
        java.util.Collections.shuffle(shuffled, random);
        var a = AssociationRules.of(FpGrowth.mine(baskets, MinimumSupport.share(0.05), 4), RuleFilter.confidence(0.2));
        var b = AssociationRules.of(FpGrowth.mine(shuffled, MinimumSupport.share(0.05), 4), RuleFilter.confidence(0.2));
        assertThat(a).isNotEmpty().isEqualTo(b);
    }

    private static List<List<String>> randomBaskets(Random random, int universe, int count) {
        var baskets = new ArrayList<List<String>>();
        for (int b = 0; b < count; b++) {
            var basket = new ArrayList<String>();
            for (int i = 0; i < universe; i++) {
                // skewed item popularity so that frequent itemsets of several sizes exist
                if (random.nextDouble() < 0.7 / (1 + i * 0.3)) {
                    basket.add("item" + (char) ('a' + i));
                }
            }
            baskets.add(basket);
        }
        return baskets;
    }

    private static List<FrequentItemset> bruteForce(
            List<List<String>> baskets, int universe, long minCount, int maxLength) {
        Map<List<String>, Long> counts = new HashMap<>();
        for (int mask = 1; mask < (1 << universe); mask++) {
            if (Integer.bitCount(mask) > maxLength) {
                continue;
            }
            int m = mask;
            var items = IntStream.range(0, universe)
                    .filter(i -> (m & (1 << i)) != 0)
                    .mapToObj(i -> "item" + (char) ('a' + i))
                    .toList();
            long count = holding(baskets, items);
            if (count >= minCount) {
                counts.put(items, count);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new FrequentItemset(e.getKey(), e.getValue()))
                .toList();
    }

    private static long holding(List<List<String>> baskets, List<String> items) {
        return baskets.stream().filter(b -> b.containsAll(items)).count();
    }

    private static long splits(
            List<List<String>> baskets, FrequentItemset itemset, double minConfidence, int maxConsequent) {
        var items = itemset.items();
        long found = 0;
        for (int mask = 1; mask < (1 << items.size()) - 1; mask++) {
            if (Integer.bitCount(mask) > maxConsequent) {
                continue;
            }
            var left = new ArrayList<String>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & (1 << i)) == 0) {
                    left.add(items.get(i));
                }
            }
            if (itemset.count() / (double) holding(baskets, left) >= minConfidence) {
                found++;
            }
        }
        return found;
    }
}
