package dev.touchpoint.analytics.crosssell.action;

import dev.touchpoint.analytics.crosssell.association.AssociationRule;
import dev.touchpoint.analytics.crosssell.need.HistoryKind;
import dev.touchpoint.analytics.crosssell.need.NeedRule;
import dev.touchpoint.analytics.crosssell.sequence.SequentialRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a business has learnt and configured: mined rules over products (SKUs), need rules, the
 * offers and the measured outcomes of earlier suggestions. Immutable; ranking many customers with one
 * instance reuses its index of the rules by their first item (built on first use).
 */
public final class Knowledge {

    private final List<AssociationRule> associations;
    private final List<SequentialRule> sequences;
    private final List<NeedRule> needs;
    private final Map<String, Offer> offers;
    private final Map<String, RuleOutcome> outcomes;
    private volatile Index index;

    /**
     * @param associations association rules over SKUs
     * @param sequences sequential rules over SKUs
     * @param needs need rules
     * @param offers offers by {@link Offer#key()}
     * @param outcomes measured outcomes by rule text ({@link NextActions#ruleText})
     */
    public Knowledge(
            List<AssociationRule> associations,
            List<SequentialRule> sequences,
            List<NeedRule> needs,
            Map<String, Offer> offers,
            Map<String, RuleOutcome> outcomes) {
        this.associations = List.copyOf(associations);
        this.sequences = List.copyOf(sequences);
        this.needs = List.copyOf(needs);
        this.offers = Map.copyOf(offers);
        this.outcomes = Map.copyOf(outcomes);
    }

    public List<AssociationRule> associations() {
        return associations;
    }

    public List<SequentialRule> sequences() {
        return sequences;
    }

    public List<NeedRule> needs() {
        return needs;
    }

    public Map<String, Offer> offers() {
        return offers;
    }

    public Map<String, RuleOutcome> outcomes() {
        return outcomes;
    }

    /** A rule with its offer and text resolved once. */
    record Prepared<R>(R rule, Offer offer, String text) {}

    /** The rules whose offer exists, by the first item of their left side or prefix. */
    record Index(
            Map<String, List<Prepared<AssociationRule>>> associations,
            Map<String, List<Prepared<SequentialRule>>> sequences) {}

    Index index() {
        var built = index;
        if (built == null) {
            var byItem = new HashMap<String, List<Prepared<AssociationRule>>>();
            for (var rule : associations) {
                var offer = rule.consequent().size() == 1
                        ? offers.get(
                                Offer.key(HistoryKind.PRODUCT, rule.consequent().get(0)))
                        : null;
                if (offer != null && !rule.antecedent().isEmpty()) {
                    byItem.computeIfAbsent(rule.antecedent().get(0), k -> new ArrayList<>())
                            .add(new Prepared<>(rule, offer, NextActions.ruleText(rule)));
                }
            }
            var sequencesByItem = new HashMap<String, List<Prepared<SequentialRule>>>();
            for (var rule : sequences) {
                var offer = offers.get(Offer.key(HistoryKind.PRODUCT, rule.next()));
                if (offer != null
                        && !rule.prefix().isEmpty()
                        && !rule.prefix().get(0).isEmpty()) {
                    sequencesByItem
                            .computeIfAbsent(rule.prefix().get(0).get(0), k -> new ArrayList<>())
                            .add(new Prepared<>(rule, offer, NextActions.ruleText(rule)));
                }
            }
            built = new Index(byItem, sequencesByItem);
            index = built;
        }
        return built;
    }
}
