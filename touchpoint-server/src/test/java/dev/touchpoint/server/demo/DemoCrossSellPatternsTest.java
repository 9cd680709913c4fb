package dev.touchpoint.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.analytics.crosssell.action.ActionSettings;
import dev.touchpoint.analytics.crosssell.action.OfflineEvaluation;
import dev.touchpoint.analytics.crosssell.action.Purchase;
import dev.touchpoint.analytics.crosssell.association.AssociationRule;
import dev.touchpoint.analytics.crosssell.association.AssociationRules;
import dev.touchpoint.analytics.crosssell.association.FpGrowth;
import dev.touchpoint.analytics.crosssell.association.MinimumSupport;
import dev.touchpoint.analytics.crosssell.association.RuleFilter;
import dev.touchpoint.analytics.crosssell.sequence.PrefixSpan;
import dev.touchpoint.analytics.crosssell.sequence.SequenceElement;
import dev.touchpoint.analytics.crosssell.sequence.SequentialRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo business carries the patterns it was built with, and the miners find them: the accessory
 * of each model bought with the car, film or a dash camera within 30 days of delivery, the first
 * service after the car; and the rules predict the next purchase better than "the most popular
 * product" on the demo's last six months.
 */
class DemoCrossSellPatternsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, DemoGenerator.ZONE);
    private static DemoDataset data;
    private static List<AssociationRule> rules;

    @BeforeAll
    static void mine() {
        data = new DemoGenerator(7, NOW).generate(3000);
        var baskets = new ArrayList<List<String>>();
        for (var order : data.orders()) {
            baskets.add(order.lines().stream().map(DemoDataset.LineSpec::sku).toList());
        }
        rules = AssociationRules.of(FpGrowth.mine(baskets, MinimumSupport.share(0.001), 3), RuleFilter.confidence(0.3));
    }

    @Test
    void eachModelsAccessoryIsBoughtWithIt() {
        assertThat(rule("CAR-E3", "ACC-CHG").lift()).isGreaterThan(5);
        assertThat(rule("CAR-E6", "ACC-CHG").lift()).isGreaterThan(5);
        // fleet orders of the MPV carry no accessories: lift, not confidence, shows the bundle
        assertThat(rule("CAR-M8", "ACC-CHILD").lift()).isGreaterThan(3);
        assertThat(rule("CAR-X5", "ACC-RACK").confidence()).isGreaterThan(0.3);
        // and a sedan buyer is not pushed a home charger: no such rule
        assertThat(rules)
                .noneMatch(r -> r.antecedent().equals(List.of("CAR-S3"))
                        && r.consequent().equals(List.of("ACC-CHG")));
    }

    @Test
    void filmFollowsTheCarAndTheFirstServiceFollowsTheDelivery() {
        var sequences = sequences(TODAY);
        var patterns = PrefixSpan.mine(sequences.values(), MinimumSupport.share(0.01), 2, 400L);
        var sequential = SequentialRules.of(patterns, 0.05, 400L);
        var carFirstService = sequential.stream()
                .filter(r -> r.prefix().equals(List.of(List.of("INS-COMM")))
                        && r.next().equals("SVC-FIRST"))
                .findFirst()
                .orElseThrow();
        // the first service comes about six months after the car (and its insurance)
        assertThat(carFirstService.medianDelayDays()).isBetween(150.0, 210.0);
        assertThat(carFirstService.confidence()).isGreaterThan(0.5);
        var film = sequential.stream()
                .filter(r -> r.prefix().equals(List.of(List.of("INS-COMM")))
                        && r.next().equals("ACC-FILM"))
                .findFirst()
                .orElseThrow();
        // a third of the car buyers come back for film or a camera 5–30 days after a delivery of up to 30 days
        assertThat(film.medianDelayDays()).isLessThan(60.0);
    }

    @Test
    void theRulesPredictTheNextPurchaseBetterThanPopularity() {
        var purchases = new LinkedHashMap<String, List<Purchase>>();
        for (var order : data.orders()) {
            var day = LocalDate.ofInstant(order.stages().ordered(), DemoGenerator.ZONE);
            for (var line : order.lines()) {
                purchases
                        .computeIfAbsent("c" + order.customerIndex(), c -> new ArrayList<>())
                        .add(new Purchase(day, line.sku(), ""));
            }
        }
        var result = OfflineEvaluation.run(
                purchases,
                Map.of(),
                new OfflineEvaluation.Settings(TODAY.minusMonths(6), 0.002, 0.02, 0.2, 400L, List.of(1, 3, 5)),
                ActionSettings.defaults());
        System.out.printf(
                "demo hold-out: %d customers, hit rate@1/3/5 %s vs popularity %s%n",
                result.customers(), result.hitRate(), result.baselineHitRate());
        assertThat(result.customers()).isGreaterThan(1000);
        assertThat(result.lift(3)).isGreaterThan(1.0);
        assertThat(result.lift(5)).isGreaterThan(1.0);
    }

    private static AssociationRule rule(String from, String to) {
        return rules.stream()
                .filter(r ->
                        r.antecedent().equals(List.of(from)) && r.consequent().equals(List.of(to)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + from + " ⇒ " + to));
    }

    private static Map<Integer, List<SequenceElement>> sequences(LocalDate until) {
        var days = new TreeMap<Integer, TreeMap<LocalDate, TreeSet<String>>>();
        for (var order : data.orders()) {
            var day = LocalDate.ofInstant(order.stages().ordered(), DemoGenerator.ZONE);
            if (!day.isAfter(until)) {
                order.lines()
                        .forEach(l -> days.computeIfAbsent(order.customerIndex(), c -> new TreeMap<>())
                                .computeIfAbsent(day, d -> new TreeSet<>())
                                .add(l.sku()));
            }
        }
        var sequences = new LinkedHashMap<Integer, List<SequenceElement>>();
        days.forEach((customer, byDay) -> {
            var sequence = new ArrayList<SequenceElement>();
            byDay.forEach((day, items) -> sequence.add(SequenceElement.of(day, items)));
            sequences.put(customer, sequence);
        });
        return sequences;
    }
}
