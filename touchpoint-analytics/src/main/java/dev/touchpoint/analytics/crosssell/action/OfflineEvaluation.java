package dev.touchpoint.analytics.crosssell.action;

import dev.touchpoint.analytics.crosssell.association.AssociationRules;
import dev.touchpoint.analytics.crosssell.association.FpGrowth;
import dev.touchpoint.analytics.crosssell.association.MinimumSupport;
import dev.touchpoint.analytics.crosssell.association.RuleFilter;
import dev.touchpoint.analytics.crosssell.need.HistoryKind;
import dev.touchpoint.analytics.crosssell.sequence.PrefixSpan;
import dev.touchpoint.analytics.crosssell.sequence.SequenceElement;
import dev.touchpoint.analytics.crosssell.sequence.SequentialRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How well the mined rules predict what customers buy next, measured on the past.
 *
 * <p>Time is split at a cut-off. Rules are mined from the purchases up to the cut-off only (baskets =
 * what a customer bought on one day; sequences = each customer's days in order). For every customer
 * with purchases both before and after the cut-off, the "next purchase" is the set of products bought
 * on their first day after it. The model's top k are the offers {@link NextActions} ranks from the
 * association and sequential rules (by probability: margins and P(alive) are left out, because the
 * question is what will be bought, not what is worth most), filled up to k by the popularity list when
 * the rules suggest fewer; the baseline's top k are the most popular products before the cut-off
 * (bought by most customers). Both skip what the customer may not be offered (bought within the
 * recent window, durable and owned). Hit rate at k = the share of customers whose next purchase holds
 * one of the top k; lift = model ÷ baseline.
 */
public final class OfflineEvaluation {

    private OfflineEvaluation() {}

    /**
     * The settings of an evaluation.
     *
     * @param cutoff the last day of the training period
     * @param minSupport the minimum support of itemsets (share of baskets)
     * @param minSequenceSupport the minimum support of sequences (share of customers)
     * @param minConfidence the minimum confidence of rules
     * @param maxGapDays the maximum gap of sequences, or null
     * @param ks the k of "hit rate at k"
     */
    public record Settings(
            LocalDate cutoff,
            double minSupport,
            double minSequenceSupport,
            double minConfidence,
            Long maxGapDays,
            List<Integer> ks) {}

    /**
     * The result of an evaluation.
     *
     * @param cutoff the cut-off
     * @param customers customers evaluated (purchases before and after the cut-off)
     * @param associationRules rules mined before the cut-off
     * @param sequentialRules sequential rules mined before the cut-off
     * @param hitRate the model's hit rate by k
     * @param baselineHitRate the popularity baseline's hit rate by k
     */
    public record Result(
            LocalDate cutoff,
            int customers,
            int associationRules,
            int sequentialRules,
            Map<Integer, Double> hitRate,
            Map<Integer, Double> baselineHitRate) {

        /** Model ÷ baseline at k (NaN when the baseline never hits). */
        public double lift(int k) {
            double base = baselineHitRate.get(k);
            return base == 0 ? Double.NaN : hitRate.get(k) / base;
        }
    }

    /**
     * Runs the evaluation.
     *
     * @param purchases each customer's purchases, by customer
     * @param offers the offers by key (durability and exclusion; products without an offer get one
     *     with margin 1)
     * @param settings cut-off and thresholds
     * @param actionSettings exclusion windows
     */
    public static Result run(
            Map<String, List<Purchase>> purchases,
            Map<String, Offer> offers,
            Settings settings,
            ActionSettings actionSettings) {
        LocalDate cutoff = settings.cutoff();
        var baskets = new ArrayList<Set<String>>();
        var sequences = new ArrayList<List<SequenceElement>>();
        var popularity = new HashMap<String, Integer>();
        for (var history : purchases.values()) {
            var days = new TreeMap<LocalDate, Set<String>>();
            history.stream()
                    .filter(p -> !p.date().isAfter(cutoff))
                    .forEach(p ->
                            days.computeIfAbsent(p.date(), d -> new TreeSet<>()).add(p.sku()));
            if (days.isEmpty()) {
                continue;
            }
            baskets.addAll(days.values());
            var sequence = new ArrayList<SequenceElement>();
            days.forEach((day, items) -> sequence.add(SequenceElement.of(day, items)));
            sequences.add(sequence);
            var distinct = new HashSet<String>();
            days.values().forEach(distinct::addAll);
            distinct.forEach(sku -> popularity.merge(sku, 1, Integer::sum));
        }
        var associations = AssociationRules.of(
                FpGrowth.mine(baskets, MinimumSupport.share(settings.minSupport()), 4),
                RuleFilter.confidence(settings.minConfidence()).withMaxAntecedent(3));
        var sequential = SequentialRules.of(
                PrefixSpan.mine(
                        sequences, MinimumSupport.share(settings.minSequenceSupport()), 3, settings.maxGapDays()),
                settings.minConfidence(),
                settings.maxGapDays());
        var popular = popularity.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        var allOffers = new HashMap<>(offers);
        popular.forEach(sku -> allOffers.putIfAbsent(
                Offer.key(HistoryKind.PRODUCT, sku), new Offer(HistoryKind.PRODUCT, sku, sku, 1, false)));
        // rank by probability: every offer worth 1
        var unitOffers = new HashMap<String, Offer>();
        allOffers.forEach((key, o) -> unitOffers.put(key, new Offer(o.kind(), o.code(), o.label(), 1, o.durable())));
        var knowledge = new Knowledge(associations, sequential, List.of(), unitOffers, Map.of());
        int maxK = settings.ks().stream().mapToInt(Integer::intValue).max().orElse(1);
        var ranking = actionSettings.withMaxActions(Math.max(maxK, 50));

        var hits = new LinkedHashMap<Integer, Integer>();
        var baseHits = new LinkedHashMap<Integer, Integer>();
        settings.ks().forEach(k -> {
            hits.put(k, 0);
            baseHits.put(k, 0);
        });
        int evaluated = 0;
        for (var history : purchases.values()) {
            var before = history.stream().filter(p -> !p.date().isAfter(cutoff)).toList();
            var firstAfter = history.stream()
                    .map(Purchase::date)
                    .filter(d -> d.isAfter(cutoff))
                    .min(Comparator.naturalOrder());
            if (before.isEmpty() || firstAfter.isEmpty()) {
                continue;
            }
            evaluated++;
            var next = new HashSet<String>();
            history.stream().filter(p -> p.date().equals(firstAfter.get())).forEach(p -> next.add(p.sku()));
            var state = new CustomerState(before, List.of(), List.of(), 1, 0, List.of(), null);
            var model = new ArrayList<String>();
            for (var action : NextActions.rank(state, knowledge, ranking, cutoff)) {
                if (action.offer() != null && action.offer().kind() == HistoryKind.PRODUCT) {
                    model.add(action.offer().code());
                }
            }
            var baseline = new ArrayList<String>();
            var lastBought = new HashMap<String, LocalDate>();
            before.forEach(p -> lastBought.merge(p.sku(), p.date(), (a, b) -> a.isAfter(b) ? a : b));
            for (var sku : popular) {
                var last = lastBought.get(sku);
                var offer = allOffers.get(Offer.key(HistoryKind.PRODUCT, sku));
                boolean skip = last != null
                        && (offer.durable() || !last.isBefore(cutoff.minusDays(actionSettings.recentDays())));
                if (!skip) {
                    baseline.add(sku);
                    if (!model.contains(sku) && model.size() < maxK) {
                        model.add(sku); // fill the model's list up to k with the popular ones
                    }
                }
                if (baseline.size() >= maxK && model.size() >= maxK) {
                    break;
                }
            }
            for (int k : settings.ks()) {
                if (model.subList(0, Math.min(k, model.size())).stream().anyMatch(next::contains)) {
                    hits.merge(k, 1, Integer::sum);
                }
                if (baseline.subList(0, Math.min(k, baseline.size())).stream().anyMatch(next::contains)) {
                    baseHits.merge(k, 1, Integer::sum);
                }
            }
        }
        var rate = new LinkedHashMap<Integer, Double>();
        var baseRate = new LinkedHashMap<Integer, Double>();
        for (int k : settings.ks()) {
            rate.put(k, evaluated == 0 ? 0 : hits.get(k) / (double) evaluated);
            baseRate.put(k, evaluated == 0 ? 0 : baseHits.get(k) / (double) evaluated);
        }
        return new Result(cutoff, evaluated, associations.size(), sequential.size(), rate, baseRate);
    }
}
