package dev.touchpoint.analytics.crosssell.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.analytics.GroceriesData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published arules result on Groceries (Hahsler, Grün &amp; Hornik, "arules — a computational
 * environment for mining association rules", and the package's vignette): {@code apriori(Groceries,
 * parameter = list(support = 0.01, confidence = 0.5))} writes 15 rules, the strongest by lift being
 * {citrus fruit, root vegetables} ⇒ {other vegetables}.
 */
class GroceriesRulesTest {

    private static final List<List<String>> BASKETS = GroceriesData.baskets();

    @Test
    void supportOnePercentAndConfidenceHalfGiveTheFifteenRulesOfArules() {
        var itemsets = FpGrowth.mine(BASKETS, MinimumSupport.share(0.01), 10);
        var rules = AssociationRules.of(itemsets, RuleFilter.confidence(0.5));

        assertThat(itemsets.baskets()).isEqualTo(9835);
        assertThat(itemsets.minCount()).isEqualTo(99); // ⌈0.01 × 9835⌉
        assertThat(rules).hasSize(15);
        var strongest = rules.get(0);
        assertThat(strongest.antecedent()).containsExactly("citrus fruit", "root vegetables");
        assertThat(strongest.consequent()).containsExactly("other vegetables");
        assertThat(strongest.support()).isCloseTo(0.010371, within(5e-7));
        assertThat(strongest.confidence()).isCloseTo(0.586207, within(5e-7));
        assertThat(strongest.lift()).isCloseTo(3.029608, within(5e-7));
        // every consequent of the 15 is whole milk or other vegetables, as in the arules listing
        assertThat(rules)
                .allSatisfy(r -> assertThat(r.consequent()).hasSize(1).first().isIn("whole milk", "other vegetables"));
    }

    @Test
    void supportOneInAThousandAndConfidenceHalfGiveThe5668RulesOfArules() {
        // apriori(Groceries, parameter = list(support = 0.001, confidence = 0.5)): "set of 5668 rules"
        var itemsets = FpGrowth.mine(BASKETS, MinimumSupport.share(0.001), 10);
        assertThat(itemsets.minCount()).isEqualTo(10); // ⌈0.001 × 9835⌉
        assertThat(AssociationRules.of(itemsets, RuleFilter.confidence(0.5))).hasSize(5668);
    }

    @Test
    void itemCountsAreTheBasketCountsOfEachItem() {
        // whole milk is in 2,513 of the 9,835 baskets (arules: itemFrequency 0.2555160)
        var itemsets = FpGrowth.mine(BASKETS, MinimumSupport.count(2000), 3);
        assertThat(itemsets.itemsets()).containsExactly(new FrequentItemset(List.of("whole milk"), 2513));
    }

    @Test
    void theMeasuresOfARuleFollowFromItsCounts() {
        var itemsets = FpGrowth.mine(BASKETS, MinimumSupport.share(0.01), 10);
        var rule = AssociationRules.of(itemsets, RuleFilter.confidence(0.5)).get(0);
        long both = BASKETS.stream()
                .filter(b -> b.containsAll(List.of("citrus fruit", "root vegetables", "other vegetables")))
                .count();
        long left = BASKETS.stream()
                .filter(b -> b.containsAll(List.of("citrus fruit", "root vegetables")))
                .count();
        long right =
                BASKETS.stream().filter(b -> b.contains("other vegetables")).count();

        assertThat(rule.count()).isEqualTo(both);
        assertThat(rule.antecedentCount()).isEqualTo(left);
        assertThat(rule.consequentCount()).isEqualTo(right);
        double n = 9835;
        assertThat(rule.leverage()).isCloseTo(both / n - (left / n) * (right / n), within(1e-12));
        assertThat(rule.conviction()).isCloseTo((1 - right / n) / (1 - (double) both / left), within(1e-12));
    }
}
