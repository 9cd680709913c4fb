package dev.touchpoint.analytics.crosssell.association;

import java.util.Set;

/**
 * Which rules to keep.
 *
 * @param minConfidence the smallest confidence (0 keeps all)
 * @param minLift the smallest lift (0 keeps all)
 * @param maxAntecedent the most items on the left
 * @param maxConsequent the most items on the right; 1 (the default) gives the rules R's arules and
 *     Spark MLlib produce
 * @param consequents when not null, only rules whose every consequent item is in this set (e.g.
 *     only products on offer)
 */
public record RuleFilter(
        double minConfidence, double minLift, int maxAntecedent, int maxConsequent, Set<String> consequents) {

    public RuleFilter {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minimum confidence must be within [0, 1], was " + minConfidence);
        }
        if (minLift < 0) {
            throw new IllegalArgumentException("minimum lift must not be negative, was " + minLift);
        }
        if (maxAntecedent < 1 || maxConsequent < 1) {
            throw new IllegalArgumentException("a rule has at least one item on each side");
        }
        consequents = consequents == null ? null : Set.copyOf(consequents);
    }

    /** Rules with at least this confidence, any antecedent size, one consequent item. */
    public static RuleFilter confidence(double minConfidence) {
        return new RuleFilter(minConfidence, 0, Integer.MAX_VALUE, 1, null);
    }

    /** The same filter with a minimum lift. */
    public RuleFilter withMinLift(double lift) {
        return new RuleFilter(minConfidence, lift, maxAntecedent, maxConsequent, consequents);
    }

    /** The same filter with at most this many antecedent items. */
    public RuleFilter withMaxAntecedent(int max) {
        return new RuleFilter(minConfidence, minLift, max, maxConsequent, consequents);
    }

    /** The same filter with at most this many consequent items. */
    public RuleFilter withMaxConsequent(int max) {
        return new RuleFilter(minConfidence, minLift, maxAntecedent, max, consequents);
    }

    /** The same filter keeping only consequents made of these items. */
    public RuleFilter withConsequents(Set<String> items) {
        return new RuleFilter(minConfidence, minLift, maxAntecedent, maxConsequent, items);
    }
}
