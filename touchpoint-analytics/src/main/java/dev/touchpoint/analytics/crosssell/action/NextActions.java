package dev.touchpoint.analytics.crosssell.action;

import dev.touchpoint.analytics.crosssell.association.AssociationRule;
import dev.touchpoint.analytics.crosssell.need.HistoryKind;
import dev.touchpoint.analytics.crosssell.need.NeedRules;
import dev.touchpoint.analytics.crosssell.need.NeedStatus;
import dev.touchpoint.analytics.crosssell.sequence.SequentialRule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The next best actions of one customer, ranked by expected value.
 *
 * <p>Candidates and their expected value EV:
 *
 * <ul>
 *   <li><b>need</b>: a need rule DUE, or UPCOMING within {@code upcomingDays}; EV = p × value ×
 *       P(alive), p the rule's prior or measured conversion, value the rule's own or the offer's
 *       margin (a service need offers the service's product);
 *   <li><b>association</b> X ⇒ {y}: the customer has bought every item of X, not y; EV =
 *       confidence × margin(y) × P(alive);
 *   <li><b>sequence</b> "after ⟨P⟩ comes y": the customer's purchases contain P, last completed within
 *       the window ({@code sequenceWindowDays}, or the rule's maximum gap if shorter), and no y
 *       since; EV = confidence × margin(y) × P(alive);
 *   <li><b>win-back</b> for open early warnings: EV = s × CLV ÷ max(P(alive), 0.1), s the
 *       win-back success rate — CLV = P(alive) × the value of a customer known to be alive, so
 *       CLV ÷ P(alive) is what a successful win-back keeps;
 *   <li><b>tier upgrade</b> when the value engine prompts one: EV = s' × CLV.
 * </ul>
 *
 * When a rule has measured outcomes its probability is (conversions + w × prior) ÷ (offers + w).
 * Offers bought within {@code recentDays}, durable offers ever bought, and durable products of a
 * category the customer owns one of (a second car) are never suggested.
 * Candidates for the same offer merge into one action with the best EV, the other rules kept as
 * further evidence. The order is EV descending, then the offer's key — deterministic.
 */
public final class NextActions {

    private NextActions() {}

    /** The ranked actions of one customer on a date. */
    public static List<NextAction> rank(
            CustomerState customer, Knowledge knowledge, ActionSettings settings, LocalDate asOf) {
        var purchases = customer.purchases().stream()
                .filter(p -> !p.date().isAfter(asOf))
                .toList();
        // the last day each product and each category was bought (keys without string building)
        var lastBought = new LastBought(new HashMap<>(), new HashMap<>());
        for (var p : purchases) {
            lastBought.products().merge(p.sku(), p.date(), (a, b) -> a.isAfter(b) ? a : b);
            lastBought.categories().merge(p.category(), p.date(), (a, b) -> a.isAfter(b) ? a : b);
        }
        var candidates = new ArrayList<NextAction>();
        double pAlive = customer.pAlive();

        for (var need : NeedRules.evaluateAll(
                knowledge.needs(), customer.history(), customer.readings(), settings.fallbackKmPerDay(), asOf)) {
            boolean due = need.status() == NeedStatus.DUE
                    || (need.status() == NeedStatus.UPCOMING
                            && ChronoUnit.DAYS.between(asOf, need.dueDate()) <= settings.upcomingDays());
            var rule = need.rule();
            // a service is sold as its product: one offer whichever rule suggests it
            var kind = rule.need() == HistoryKind.SERVICE ? HistoryKind.PRODUCT : rule.need();
            var offer = knowledge.offers().get(Offer.key(kind, rule.offerCode()));
            if (offer == null && rule.need() == HistoryKind.ACTION) {
                offer = new Offer(HistoryKind.ACTION, rule.offerCode(), rule.offerCode(), 0, false);
            }
            if (!due || offer == null) {
                continue;
            }
            String text = rule.text();
            double p = probability(knowledge, text, rule.probability(), settings);
            double value = rule.value() != null ? rule.value() : offer.margin();
            candidates.add(new NextAction(
                    ActionKind.NEED,
                    offer,
                    p,
                    value,
                    p * value * pAlive,
                    List.of(new Evidence(ActionKind.NEED, text, null, p, null, null, need.dueDate(), need.byUsage()))));
        }

        var owned = purchases.stream().map(Purchase::sku).collect(Collectors.toSet());
        var index = knowledge.index();
        var sequence = days(purchases);
        for (var item : new java.util.TreeSet<>(owned)) { // sorted: the same evidence order every time
            for (var prepared : index.associations().getOrDefault(item, List.of())) {
                var rule = prepared.rule();
                var offer = prepared.offer();
                if (!owned.containsAll(rule.antecedent()) || excluded(offer, lastBought, settings, asOf)) {
                    continue;
                }
                double p = probability(knowledge, prepared.text(), rule.confidence(), settings);
                candidates.add(new NextAction(
                        ActionKind.ASSOCIATION,
                        offer,
                        p,
                        offer.margin(),
                        p * offer.margin() * pAlive,
                        List.of(new Evidence(
                                ActionKind.ASSOCIATION,
                                prepared.text(),
                                rule.support(),
                                p,
                                rule.lift(),
                                null,
                                null,
                                false))));
            }
            for (var prepared : index.sequences().getOrDefault(item, List.of())) {
                var rule = prepared.rule();
                var offer = prepared.offer();
                // cheap tests first: the customer bought every item of the prefix, and may get the offer
                if (!ownsAll(owned, rule.prefix()) || excluded(offer, lastBought, settings, asOf)) {
                    continue;
                }
                LocalDate completed = completion(sequence, rule.prefix());
                if (completed == null) {
                    continue;
                }
                long window = rule.maxGapDays() == null
                        ? settings.sequenceWindowDays()
                        : Math.min(rule.maxGapDays(), settings.sequenceWindowDays());
                if (ChronoUnit.DAYS.between(completed, asOf) > window
                        || boughtSince(purchases, rule.next(), completed)) {
                    continue;
                }
                double p = probability(knowledge, prepared.text(), rule.confidence(), settings);
                candidates.add(new NextAction(
                        ActionKind.SEQUENCE,
                        offer,
                        p,
                        offer.margin(),
                        p * offer.margin() * pAlive,
                        List.of(new Evidence(
                                ActionKind.SEQUENCE,
                                prepared.text(),
                                rule.support(),
                                p,
                                rule.lift(),
                                rule.medianDelayDays(),
                                null,
                                false))));
            }
        }

        if (!customer.openWarnings().isEmpty()) {
            double value = customer.clv() / Math.max(pAlive, 0.1);
            var evidence = customer.openWarnings().stream()
                    .map(w -> new Evidence(
                            ActionKind.WIN_BACK, w, null, settings.winBackSuccess(), null, null, null, false))
                    .toList();
            candidates.add(new NextAction(
                    ActionKind.WIN_BACK,
                    null,
                    settings.winBackSuccess(),
                    value,
                    settings.winBackSuccess() * value,
                    evidence));
        }
        if (customer.tierPrompt() != null) {
            candidates.add(new NextAction(
                    ActionKind.TIER_UPGRADE,
                    null,
                    settings.tierUpgradeSuccess(),
                    customer.clv(),
                    settings.tierUpgradeSuccess() * customer.clv(),
                    List.of(new Evidence(
                            ActionKind.TIER_UPGRADE,
                            customer.tierPrompt(),
                            null,
                            settings.tierUpgradeSuccess(),
                            null,
                            null,
                            null,
                            false))));
        }
        return merge(candidates, settings.maxActions());
    }

    /** An association rule as text: {@code a + b ⇒ c}. */
    public static String ruleText(AssociationRule rule) {
        return String.join(" + ", rule.antecedent()) + " ⇒ " + String.join(" + ", rule.consequent());
    }

    /** A sequential rule as text: {@code a → b + c → d}. */
    public static String ruleText(SequentialRule rule) {
        return rule.prefix().stream().map(e -> String.join(" + ", e)).collect(Collectors.joining(" → ")) + " → "
                + rule.next();
    }

    private static double probability(Knowledge knowledge, String rule, double prior, ActionSettings settings) {
        var outcome = knowledge.outcomes().get(rule);
        return outcome == null ? prior : outcome.smoothed(prior, settings.priorWeight());
    }

    /** The last purchase day per product and per category. */
    private record LastBought(Map<String, LocalDate> products, Map<String, LocalDate> categories) {
        LocalDate of(Offer offer) {
            return switch (offer.kind()) {
                case PRODUCT -> products.get(offer.code());
                case CATEGORY -> categories.get(offer.code());
                default -> null;
            };
        }
    }

    private static boolean excluded(Offer offer, LastBought lastBought, ActionSettings settings, LocalDate asOf) {
        if (offer.durable()
                && offer.category() != null
                && lastBought.categories().containsKey(offer.category())) {
            return true; // owns a durable product of the category: not another car
        }
        var last = lastBought.of(offer);
        return last != null && (offer.durable() || ChronoUnit.DAYS.between(last, asOf) <= settings.recentDays());
    }

    private static boolean ownsAll(java.util.Set<String> owned, List<List<String>> prefix) {
        for (var element : prefix) {
            if (!owned.containsAll(element)) {
                return false;
            }
        }
        return true;
    }

    private static boolean boughtSince(List<Purchase> purchases, String sku, LocalDate date) {
        return purchases.stream().anyMatch(p -> p.sku().equals(sku) && p.date().isAfter(date));
    }

    /** The customer's purchases as one set of SKUs per day, in time order. */
    private static TreeMap<LocalDate, Set<String>> days(List<Purchase> purchases) {
        var days = new TreeMap<LocalDate, Set<String>>();
        purchases.forEach(
                p -> days.computeIfAbsent(p.date(), d -> new TreeSet<>()).add(p.sku()));
        return days;
    }

    /**
     * The latest date on which the prefix is completed, or null: the latest day holding its last
     * element with the other elements matched, in order, on earlier days. Choosing the latest such
     * day is safe: a later day leaves more days for the earlier elements.
     */
    static LocalDate completion(TreeMap<LocalDate, Set<String>> days, List<List<String>> prefix) {
        int element = prefix.size() - 1;
        LocalDate completed = null;
        for (var day : days.descendingMap().entrySet()) {
            if (element >= 0 && day.getValue().containsAll(prefix.get(element))) {
                if (completed == null) {
                    completed = day.getKey();
                }
                element--;
            }
        }
        return element < 0 ? completed : null;
    }

    private static List<NextAction> merge(List<NextAction> candidates, int max) {
        var byKey = new LinkedHashMap<String, List<NextAction>>();
        candidates.forEach(
                c -> byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
        var merged = new ArrayList<NextAction>();
        for (var group : byKey.values()) {
            group.sort(Comparator.comparingDouble(NextAction::expectedValue).reversed());
            var best = group.get(0);
            var evidence = new ArrayList<Evidence>();
            group.forEach(a -> evidence.addAll(a.evidence()));
            merged.add(new NextAction(
                    best.kind(), best.offer(), best.probability(), best.value(), best.expectedValue(), evidence));
        }
        merged.sort(
                Comparator.comparingDouble(NextAction::expectedValue).reversed().thenComparing(NextAction::key));
        return merged.size() > max ? List.copyOf(merged.subList(0, max)) : List.copyOf(merged);
    }
}
