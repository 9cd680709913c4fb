package dev.touchpoint.analytics.crosssell.action;

import dev.touchpoint.analytics.crosssell.association.AssociationRule;
import dev.touchpoint.analytics.crosssell.need.NeedRule;
import dev.touchpoint.analytics.crosssell.sequence.SequentialRule;
import java.util.List;
import java.util.Map;

/**
 * What a business has learnt and configured: mined rules over products (SKUs), need rules, the
 * offers and the measured outcomes of earlier suggestions.
 *
 * @param associations association rules over SKUs
 * @param sequences sequential rules over SKUs
 * @param needs need rules
 * @param offers offers by {@link Offer#key()}
 * @param outcomes measured outcomes by rule text ({@link NextActions#ruleText})
 */
public record Knowledge(
        List<AssociationRule> associations,
        List<SequentialRule> sequences,
        List<NeedRule> needs,
        Map<String, Offer> offers,
        Map<String, RuleOutcome> outcomes) {

    public Knowledge {
        associations = List.copyOf(associations);
        sequences = List.copyOf(sequences);
        needs = List.copyOf(needs);
        offers = Map.copyOf(offers);
        outcomes = Map.copyOf(outcomes);
    }
}
