package dev.touchpoint.analytics.crosssell.association;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Association rules from frequent itemsets: every split of a frequent itemset Z into a non-empty
 * antecedent X and consequent Y = Z \ X that passes the {@link RuleFilter}. Both X and Y are
 * frequent (every subset of a frequent itemset is), so their counts are known exactly.
 */
public final class AssociationRules {

    /**
     * The order of rules: lift, then confidence, then count, all descending; then antecedent and
     * consequent by name — so equal inputs give equal lists.
     */
    public static final Comparator<AssociationRule> ORDER = Comparator.comparingDouble(AssociationRule::lift)
            .reversed()
            .thenComparing(
                    Comparator.comparingDouble(AssociationRule::confidence).reversed())
            .thenComparing(Comparator.comparingLong(AssociationRule::count).reversed())
            .thenComparing(AssociationRule::antecedent, FrequentItemsets::compare)
            .thenComparing(AssociationRule::consequent, FrequentItemsets::compare);

    private AssociationRules() {}

    /** The rules of the itemsets that pass the filter, in {@link #ORDER}. */
    public static List<AssociationRule> of(FrequentItemsets frequent, RuleFilter filter) {
        var counts = frequent.counts();
        var rules = new ArrayList<AssociationRule>();
        for (var itemset : frequent.itemsets()) {
            List<String> items = itemset.items();
            int n = items.size();
            if (n < 2 || n > 30) {
                continue;
            }
            for (int mask = 1; mask < (1 << n) - 1; mask++) {
                int consequentSize = Integer.bitCount(mask);
                if (consequentSize > filter.maxConsequent() || n - consequentSize > filter.maxAntecedent()) {
                    continue;
                }
                var consequent = new ArrayList<String>(consequentSize);
                var antecedent = new ArrayList<String>(n - consequentSize);
                for (int i = 0; i < n; i++) {
                    ((mask & (1 << i)) != 0 ? consequent : antecedent).add(items.get(i));
                }
                if (filter.consequents() != null && !filter.consequents().containsAll(consequent)) {
                    continue;
                }
                long antecedentCount = counts.get(antecedent);
                long consequentCount = counts.get(consequent);
                var rule = AssociationRule.of(
                        antecedent, consequent, itemset.count(), antecedentCount, consequentCount, frequent.baskets());
                if (rule.confidence() >= filter.minConfidence() && rule.lift() >= filter.minLift()) {
                    rules.add(rule);
                }
            }
        }
        rules.sort(ORDER);
        return List.copyOf(rules);
    }
}
