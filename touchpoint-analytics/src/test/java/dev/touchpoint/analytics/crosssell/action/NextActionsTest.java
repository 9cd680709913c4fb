package dev.touchpoint.analytics.crosssell.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.analytics.crosssell.association.AssociationRule;
import dev.touchpoint.analytics.crosssell.need.HistoryEntry;
import dev.touchpoint.analytics.crosssell.need.HistoryKind;
import dev.touchpoint.analytics.crosssell.need.NeedRule;
import dev.touchpoint.analytics.crosssell.sequence.SequentialRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NextActionsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final Offer CAR = new Offer(HistoryKind.PRODUCT, "CAR", "car", 20000, true);
    private static final Offer MATS = new Offer(HistoryKind.PRODUCT, "MATS", "floor mats", 300, false);
    private static final Offer FILM = new Offer(HistoryKind.PRODUCT, "FILM", "window film", 800, false);
    private static final Offer SERVICE = new Offer(HistoryKind.PRODUCT, "MAINT-FIRST", "first service", 500, false);
    private static final Map<String, Offer> OFFERS =
            Map.of(CAR.key(), CAR, MATS.key(), MATS, FILM.key(), FILM, SERVICE.key(), SERVICE);

    // CAR ⇒ MATS: confidence 0.6, lift 2; CAR ⇒ FILM: confidence 0.5, lift 1.5; MATS ⇒ CAR (never offered: owned)
    private static final AssociationRule CAR_MATS =
            AssociationRule.of(List.of("CAR"), List.of("MATS"), 60, 100, 300, 1000);
    private static final AssociationRule CAR_FILM =
            AssociationRule.of(List.of("CAR"), List.of("FILM"), 50, 100, 333, 1000);
    private static final AssociationRule MATS_CAR =
            AssociationRule.of(List.of("MATS"), List.of("CAR"), 60, 300, 100, 1000);
    private static final NeedRule FIRST_SERVICE =
            NeedRule.parse("when product CAR then service MAINT-FIRST after 3 months valid 60 days probability 0.8");

    @Test
    void rankByConfidenceTimesMarginTimesProbabilityAlive() {
        var customer = customer(LocalDate.of(2026, 3, 1), 0.9);
        var knowledge = new Knowledge(
                List.of(CAR_MATS, CAR_FILM, MATS_CAR), List.of(), List.of(FIRST_SERVICE), OFFERS, Map.of());

        var actions = NextActions.rank(customer, knowledge, ActionSettings.defaults(), AS_OF);

        // service: 0.8 × 500 × 0.9 = 360; film: 0.5 × 800 × 0.9 = 360; mats: 0.6 × 300 × 0.9 = 162
        assertThat(actions).extracting(a -> a.offer().code()).containsExactly("FILM", "MAINT-FIRST", "MATS");
        assertThat(actions.get(0).expectedValue()).isCloseTo(360, within(1e-9));
        assertThat(actions.get(1).expectedValue()).isCloseTo(360, within(1e-9));
        assertThat(actions.get(1).kind()).isEqualTo(ActionKind.NEED);
        assertThat(actions.get(1).evidence().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(actions.get(2).evidence().get(0).lift()).isCloseTo(2, within(1e-9));
    }

    @Test
    void nothingBoughtRecentlyOrOwnedIsSuggested() {
        var bought = List.of(
                new Purchase(LocalDate.of(2025, 1, 1), "CAR", "VEHICLE"),
                new Purchase(LocalDate.of(2026, 5, 1), "MATS", "ACCESSORY"));
        var customer = new CustomerState(bought, List.of(), List.of(), 1, 0, List.of(), null);
        var knowledge = new Knowledge(List.of(CAR_MATS, CAR_FILM, MATS_CAR), List.of(), List.of(), OFFERS, Map.of());

        var actions = NextActions.rank(customer, knowledge, ActionSettings.defaults(), AS_OF);

        // mats bought 31 days ago (within 90), the car owned (durable): only the film
        assertThat(actions).extracting(a -> a.offer().code()).containsExactly("FILM");
    }

    @Test
    void aCarOwnerIsNotOfferedAnotherCar() {
        var suv = new Offer(HistoryKind.PRODUCT, "SUV", "SUV", 30000, true, "VEHICLE");
        var sedan = new Offer(HistoryKind.PRODUCT, "SEDAN", "sedan", 20000, true, "VEHICLE");
        var filmSedan = AssociationRule.of(List.of("FILM"), List.of("SEDAN"), 50, 100, 300, 1000);
        var knowledge = new Knowledge(
                List.of(filmSedan),
                List.of(),
                List.of(),
                Map.of(suv.key(), suv, sedan.key(), sedan, FILM.key(), FILM),
                Map.of());
        var owner = new CustomerState(
                List.of(
                        new Purchase(LocalDate.of(2025, 1, 1), "SUV", "VEHICLE"),
                        new Purchase(LocalDate.of(2025, 1, 1), "FILM", "ACCESSORY")),
                List.of(),
                List.of(),
                1,
                0,
                List.of(),
                null);
        var walkIn = new CustomerState(
                List.of(new Purchase(LocalDate.of(2025, 1, 1), "FILM", "ACCESSORY")),
                List.of(),
                List.of(),
                1,
                0,
                List.of(),
                null);

        assertThat(NextActions.rank(owner, knowledge, ActionSettings.defaults(), AS_OF))
                .isEmpty();
        assertThat(NextActions.rank(walkIn, knowledge, ActionSettings.defaults(), AS_OF))
                .extracting(a -> a.offer().code())
                .containsExactly("SEDAN");
    }

    @Test
    void aSequentialRuleAppliesWhenItsPrefixWasCompletedRecentlyAndMeasuredOutcomesReplaceThePrior() {
        var rule = new SequentialRule(List.of(List.of("CAR")), "FILM", 40, 100, 0.04, 0.4, 1.2, 30.0, null);
        var customer = customer(LocalDate.of(2026, 5, 1), 1);
        // film was offered 90 times after this rule and bought 9 times: (9 + 10 × 0.4) / (90 + 10) = 0.13
        var outcomes = Map.of(NextActions.ruleText(rule), new RuleOutcome(90, 9));
        var knowledge = new Knowledge(List.of(), List.of(rule), List.of(), OFFERS, outcomes);

        var actions = NextActions.rank(customer, knowledge, ActionSettings.defaults(), AS_OF);

        assertThat(actions).hasSize(1);
        assertThat(actions.get(0).kind()).isEqualTo(ActionKind.SEQUENCE);
        assertThat(actions.get(0).probability()).isCloseTo(0.13, within(1e-12));
        assertThat(actions.get(0).evidence().get(0).rule()).isEqualTo("CAR → FILM");
        // a car bought two years ago is outside the 365-day window
        assertThat(NextActions.rank(customer(LocalDate.of(2024, 5, 1), 1), knowledge, ActionSettings.defaults(), AS_OF))
                .isEmpty();
    }

    @Test
    void aWarnedCustomerGetsAWinBackWorthTheValueAtStakeAndRulesForOneOfferMerge() {
        var customer = new CustomerState(
                List.of(new Purchase(LocalDate.of(2025, 1, 1), "CAR", "VEHICLE")),
                List.of(),
                List.of(),
                0.25,
                1000,
                List.of("DECLINING", "BEHIND_PLAN"),
                "UPGRADE");
        var sequential = new SequentialRule(List.of(List.of("CAR")), "FILM", 40, 100, 0.04, 0.3, 1.2, 30.0, 800L);
        var knowledge = new Knowledge(List.of(CAR_FILM), List.of(sequential), List.of(), OFFERS, Map.of());

        var actions = NextActions.rank(customer, knowledge, ActionSettings.defaults(), AS_OF);

        // win-back: 0.15 × 1000 ÷ 0.25 = 600; film: 0.5 × 800 × 0.25 = 100 (the sequence gives 60 and
        // is kept as evidence; its window of 365 days has passed anyway); tier: 0.10 × 1000 = 100
        assertThat(actions)
                .extracting(NextAction::kind)
                .containsExactly(ActionKind.WIN_BACK, ActionKind.ASSOCIATION, ActionKind.TIER_UPGRADE);
        assertThat(actions.get(0).expectedValue()).isCloseTo(600, within(1e-9));
        assertThat(actions.get(0).evidence()).extracting(Evidence::rule).containsExactly("DECLINING", "BEHIND_PLAN");
        assertThat(actions.get(1).expectedValue()).isCloseTo(100, within(1e-9));
    }

    private static CustomerState customer(LocalDate carBought, double pAlive) {
        return new CustomerState(
                List.of(new Purchase(carBought, "CAR", "VEHICLE")),
                List.of(new HistoryEntry(carBought, HistoryKind.PRODUCT, "CAR")),
                List.of(),
                pAlive,
                0,
                List.of(),
                null);
    }
}
