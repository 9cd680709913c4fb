package dev.touchpoint.analytics.journey;

import static dev.touchpoint.analytics.journey.Events.event;
import static dev.touchpoint.analytics.journey.Events.journey;
import static dev.touchpoint.analytics.journey.Events.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FunnelTest {

    private static final EventPattern A = EventPattern.touchpoint("A");
    private static final EventPattern B = EventPattern.touchpoint("B");
    private static final EventPattern C = EventPattern.touchpoint("C");
    private static final Duration HOUR = Duration.ofHours(1);

    private static Funnel abc(FunnelOrder order) {
        return Funnel.of(order, HOUR, A, B, C);
    }

    @Test
    void orderedFunnelCountsStepsConversionsDropOffsAndTimes() {
        // s1 A0 B10 C20 → 3; s2 A0 X5 B30 → 2; s3 A0 → 1; s4 has no A → not in the funnel.
        // counts 3,2,1; from previous 1, 2/3, 1/2; from first 1, 2/3, 1/3.
        // times to B: 10 and 30 min → median = mean = 20 min; to C: 20 min.
        FunnelResult result = abc(FunnelOrder.ORDERED)
                .analyze(List.of(
                        path("s1", "A", 0, "B", 10, "C", 20),
                        path("s2", "A", 0, "X", 5, "B", 30),
                        path("s3", "A", 0),
                        path("s4", "B", 0, "C", 5)));

        assertThat(result.steps()).extracting(FunnelStepResult::count).containsExactly(3L, 2L, 1L);
        assertThat(result.step(2).conversionFromPrevious()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(result.step(3).conversionFromPrevious()).isEqualTo(0.5);
        assertThat(result.step(3).conversionFromFirst()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(result.step(1).droppedSubjects()).containsExactly("s3");
        assertThat(result.step(2).droppedSubjects()).containsExactly("s2");
        assertThat(result.step(3).droppedSubjects()).isEmpty();
        assertThat(result.step(1).medianTimeToConvert()).isNull();
        assertThat(result.step(2).medianTimeToConvert()).isEqualTo(Duration.ofMinutes(20));
        assertThat(result.step(2).meanTimeToConvert()).isEqualTo(Duration.ofMinutes(20));
        assertThat(result.step(3).medianTimeToConvert()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void eventExactlyAtWindowEndCountsAsConverted() {
        // window 60 min: B at minute 60 is inside (inclusive end), B at minute 61 is outside.
        Funnel funnel = Funnel.of(FunnelOrder.ORDERED, HOUR, A, B);

        FunnelResult result = funnel.analyze(List.of(path("on", "A", 0, "B", 60), path("late", "A", 0, "B", 61)));

        assertThat(result.step(2).count()).isEqualTo(1);
        assertThat(result.step(1).droppedSubjects()).containsExactly("late");
    }

    @Test
    void windowEndIsInclusiveInStrictAndAnyModesToo() {
        for (FunnelOrder order : List.of(FunnelOrder.STRICT, FunnelOrder.ANY)) {
            Funnel funnel = Funnel.of(order, HOUR, A, B);

            FunnelResult result = funnel.analyze(List.of(path("on", "A", 0, "B", 60), path("late", "A", 0, "B", 61)));

            assertThat(result.step(2).count()).as(order.name()).isEqualTo(1);
        }
    }

    @Test
    void strictFunnelRejectsOtherEventsBetweenSteps() {
        // ok: A B C consecutive → 3; gap: A X B C → stops after A; ordered would reach 3 for both.
        List<SubjectJourney> journeys =
                List.of(path("ok", "A", 0, "B", 1, "C", 2), path("gap", "A", 0, "X", 1, "B", 2, "C", 3));

        FunnelResult strict = abc(FunnelOrder.STRICT).analyze(journeys);
        FunnelResult ordered = abc(FunnelOrder.ORDERED).analyze(journeys);

        assertThat(strict.steps()).extracting(FunnelStepResult::count).containsExactly(2L, 1L, 1L);
        assertThat(strict.step(1).droppedSubjects()).containsExactly("gap");
        assertThat(ordered.step(3).count()).isEqualTo(2);
    }

    @Test
    void strictFunnelUsesTheLaterAttemptWhenItGoesFurther() {
        // A X A B: the first A is followed by X (reach 1), the second by B (reach 2).
        FunnelResult result =
                Funnel.of(FunnelOrder.STRICT, HOUR, A, B).analyze(List.of(path("s", "A", 0, "X", 1, "A", 2, "B", 5)));

        assertThat(result.step(2).count()).isEqualTo(1);
        assertThat(result.step(2).medianTimeToConvert()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void anyOrderFunnelCountsStepOneToKInAnyOrder() {
        // s1 C0 A10 B20 → 3; s2 B0 A5 → 2; s3 B0 C5 → no A, not in funnel; s4 A0 C10 → 1 (B missing).
        FunnelResult result = abc(FunnelOrder.ANY)
                .analyze(List.of(
                        path("s1", "C", 0, "A", 10, "B", 20),
                        path("s2", "B", 0, "A", 5),
                        path("s3", "B", 0, "C", 5),
                        path("s4", "A", 0, "C", 10)));

        assertThat(result.steps()).extracting(FunnelStepResult::count).containsExactly(3L, 2L, 1L);
        assertThat(result.step(1).droppedSubjects()).containsExactly("s4");
        assertThat(result.step(2).droppedSubjects()).containsExactly("s2");
        // s1's attempt starts at C0 and steps 1..3 are complete at B20.
        assertThat(result.step(3).medianTimeToConvert()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void anyOrderFunnelNeedsAllStepsInsideOneWindow() {
        FunnelResult result = Funnel.of(FunnelOrder.ANY, HOUR, A, B)
                .analyze(List.of(path("far", "B", 0, "A", 90), path("near", "B", 40, "A", 90)));

        assertThat(result.step(2).count()).isEqualTo(1);
        assertThat(result.step(1).droppedSubjects()).containsExactly("far");
    }

    @Test
    void eventsGivenOutOfOrderAreSortedBeforeMatching() {
        SubjectJourney shuffled = journey("s", event("s", "C", 20), event("s", "A", 0), event("s", "B", 10));

        FunnelResult result = abc(FunnelOrder.STRICT).analyze(List.of(shuffled));

        assertThat(result.step(3).count()).isEqualTo(1);
    }

    @Test
    void repeatedStepNeedsASecondEvent() {
        // steps SHOWROOM → TEST_DRIVE → SHOWROOM: one visit to the showroom cannot serve steps 1 and 3.
        EventPattern showroom = EventPattern.touchpoint("SHOWROOM");
        Funnel funnel = Funnel.of(FunnelOrder.ORDERED, HOUR, showroom, EventPattern.touchpoint("TEST_DRIVE"), showroom);

        FunnelResult result = funnel.analyze(List.of(
                path("once", "SHOWROOM", 0, "TEST_DRIVE", 10),
                path("twice", "SHOWROOM", 0, "TEST_DRIVE", 10, "SHOWROOM", 20)));

        assertThat(result.steps()).extracting(FunnelStepResult::count).containsExactly(2L, 2L, 1L);
        assertThat(result.step(2).droppedSubjects()).containsExactly("once");
    }

    @Test
    void repeatedStepInAnyOrderModeAlsoNeedsASecondEvent() {
        EventPattern showroom = EventPattern.touchpoint("SHOWROOM");
        Funnel funnel = Funnel.of(FunnelOrder.ANY, HOUR, showroom, EventPattern.touchpoint("TEST_DRIVE"), showroom);

        FunnelResult result = funnel.analyze(List.of(
                path("once", "TEST_DRIVE", 0, "SHOWROOM", 10),
                path("twice", "SHOWROOM", 0, "SHOWROOM", 5, "TEST_DRIVE", 10)));

        assertThat(result.steps()).extracting(FunnelStepResult::count).containsExactly(2L, 2L, 1L);
    }

    @Test
    void attemptThatGetsFurthestIsCountedEvenIfItStartsLater() {
        // window 30: A0 can reach B25 but not C45; A20 reaches B25 and C45 (45 ≤ 50) → 3 steps from A20.
        Funnel funnel = Funnel.of(FunnelOrder.ORDERED, Duration.ofMinutes(30), A, B, C);

        FunnelResult result = funnel.analyze(List.of(path("s", "A", 0, "A", 20, "B", 25, "C", 45)));

        assertThat(result.step(3).count()).isEqualTo(1);
        assertThat(result.step(2).medianTimeToConvert()).isEqualTo(Duration.ofMinutes(5));
        assertThat(result.step(3).medianTimeToConvert()).isEqualTo(Duration.ofMinutes(25));
    }

    @Test
    void earliestAttemptWinsATieAndDecidesTheBreakdownGroup() {
        // A0 (web) and A5 (store) both reach B10: the earliest, A0, is counted → group web, 10 min.
        SubjectJourney s = journey(
                "s",
                event("s", "A", 0).withChannel("web"),
                event("s", "A", 5).withChannel("store"),
                event("s", "B", 10));
        Funnel funnel = Funnel.of(FunnelOrder.ORDERED, HOUR, A, B).withBreakdown(FunnelBreakdown.byChannel());

        FunnelResult result = funnel.analyze(List.of(s));

        assertThat(result.breakdown()).containsOnlyKeys("web");
        assertThat(result.breakdown().get("web").get(1).medianTimeToConvert()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void exclusionBetweenFirstStepAndConversionStopsConversion() {
        // X between A and C (before conversion) caps progress at step 1: s1 (X before B) and s3 (X after
        // B, no C, inside the window). s2's X comes after conversion and does not count.
        Funnel funnel = abc(FunnelOrder.ORDERED).withExclusion(FunnelExclusion.between(EventPattern.touchpoint("X")));

        FunnelResult result = funnel.analyze(List.of(
                path("s1", "A", 0, "X", 5, "B", 10, "C", 20),
                path("s2", "A", 0, "B", 10, "C", 20, "X", 30),
                path("s3", "A", 0, "B", 10, "X", 15)));

        assertThat(result.steps()).extracting(FunnelStepResult::count).containsExactly(3L, 1L, 1L);
        assertThat(result.step(1).droppedSubjects()).containsExactly("s1", "s3");
        assertThat(result.excludedSubjects()).isEqualTo(2);
    }

    @Test
    void exclusionAfterTheWindowOfAnUnconvertedAttemptIsIgnored() {
        Funnel funnel = abc(FunnelOrder.ORDERED).withExclusion(FunnelExclusion.between(EventPattern.touchpoint("X")));

        FunnelResult result = funnel.analyze(List.of(path("s", "A", 0, "B", 10, "X", 61)));

        assertThat(result.step(2).count()).isEqualTo(1);
        assertThat(result.excludedSubjects()).isZero();
    }

    @Test
    void breakdownBySubjectAttributeGroupsMissingValuesAsNone() {
        Funnel funnel = Funnel.of(FunnelOrder.ORDERED, HOUR, A, B)
                .withBreakdown(FunnelBreakdown.bySubjectAttribute("tier", Map.of("s1", "gold", "s2", "silver")));

        FunnelResult result =
                funnel.analyze(List.of(path("s1", "A", 0, "B", 1), path("s2", "A", 0), path("s3", "A", 0, "B", 2)));

        assertThat(result.breakdown()).containsOnlyKeys("(none)", "gold", "silver");
        assertThat(result.breakdown().get("gold").get(1).count()).isEqualTo(1);
        assertThat(result.breakdown().get("silver").get(1).count()).isZero();
    }

    @Test
    void stepsMayBeKindsWithPropertyFilters() {
        EventPattern webPurchase = EventPattern.kind(TouchpointKind.PURCHASE).where("channel", "web");
        Funnel funnel = Funnel.of(FunnelOrder.ORDERED, HOUR, A, webPurchase);

        FunnelResult result = funnel.analyze(List.of(
                journey(
                        "web",
                        event("web", "A", 0),
                        event("web", "ORDER", TouchpointKind.PURCHASE, 5).withChannel("web")),
                journey(
                        "shop",
                        event("shop", "A", 0),
                        event("shop", "ORDER", TouchpointKind.PURCHASE, 5).withChannel("store"))));

        assertThat(result.step(2).count()).isEqualTo(1);
        assertThat(result.step(2).label()).isEqualTo("PURCHASE{channel=web}");
    }

    @Test
    void linearOrderedMatchingAgreesWithTryingEveryAttempt() {
        Random random = new Random(42);
        String[] codes = {"A", "B", "C", "X"};
        Funnel funnel = Funnel.of(FunnelOrder.ORDERED, Duration.ofMinutes(20), A, B, A, C);
        for (int trial = 0; trial < 500; trial++) {
            List<JourneyEvent> events = new ArrayList<>();
            for (int i = 0, n = random.nextInt(14); i < n; i++) {
                events.add(event("s", codes[random.nextInt(codes.length)], random.nextInt(60)));
            }
            SubjectJourney journey = SubjectJourney.of("s", events);
            long[] expected = bruteForce(journey.events(), funnel);

            FunnelResult result = funnel.analyze(List.of(journey));

            int reached =
                    (int) result.steps().stream().filter(s -> s.count() == 1).count();
            assertThat(reached).as("trial %d %s", trial, journey.events()).isEqualTo(expected[0]);
            if (reached >= 2) {
                assertThat(result.step(reached).medianTimeToConvert().toMinutes())
                        .isEqualTo(expected[1]);
            }
        }
    }

    /** Returns {furthest step, minutes from the earliest such attempt's start to that step}. */
    private static long[] bruteForce(List<JourneyEvent> events, Funnel funnel) {
        long best = 0;
        long minutes = 0;
        List<EventPattern> steps = funnel.steps();
        for (int start = 0; start < events.size(); start++) {
            if (!steps.get(0).matches(events.get(start))) {
                continue;
            }
            int k = 1;
            int last = start;
            for (int i = start + 1; i < events.size() && k < steps.size(); i++) {
                if (events.get(i)
                        .occurredAt()
                        .isAfter(events.get(start).occurredAt().plus(funnel.window()))) {
                    break;
                }
                if (steps.get(k).matches(events.get(i))) {
                    k++;
                    last = i;
                }
            }
            if (k > best) {
                best = k;
                minutes = Duration.between(
                                events.get(start).occurredAt(), events.get(last).occurredAt())
                        .toMinutes();
            }
        }
        return new long[] {best, minutes};
    }

    @Test
    void subjectsWithoutTheFirstStepAreLeftOut() {
        FunnelResult result = abc(FunnelOrder.ORDERED).analyze(Collections.singletonList(path("s", "B", 0, "C", 1)));

        assertThat(result.steps()).extracting(FunnelStepResult::count).containsOnly(0L);
        assertThat(result.step(2).conversionFromFirst()).isZero();
    }
}
