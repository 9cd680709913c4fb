package dev.touchpoint.analytics.journey;

import static dev.touchpoint.analytics.journey.Events.event;
import static dev.touchpoint.analytics.journey.Events.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmotionCurveTest {

    private static JourneyEvent answer(
            String subject, String touchpoint, JourneyStage stage, int emotion, long minute) {
        return event(subject, touchpoint, minute).withStage(stage).withEmotion(emotion);
    }

    @Test
    void confidenceIntervalUsesStudentT() {
        // mean 4, sd 1, n 4: t(0.975, 3) = 3.1824, half-width = 3.1824 × 1 / √4 = 1.591.
        ConfidenceInterval ci = EmotionCurve.meanInterval(4, 1, 4, 0.95);

        assertThat(ci.lower()).isCloseTo(4 - 1.591, within(1e-3));
        assertThat(ci.upper()).isCloseTo(4 + 1.591, within(1e-3));
    }

    @Test
    void touchpointPointHasMeanSdAndIntervalOfItsAnswers() {
        // answers 3,3,5,5 at SHOWROOM: mean 4, sd = √(4/3) = 1.1547, half = 3.1824 × 1.1547 / 2 = 1.8374.
        List<SubjectJourney> journeys = List.of(
                journey("a", answer("a", "SHOWROOM", JourneyStage.INQUIRY, 3, 0)),
                journey("b", answer("b", "SHOWROOM", JourneyStage.INQUIRY, 3, 0)),
                journey("c", answer("c", "SHOWROOM", JourneyStage.INQUIRY, 5, 0)),
                journey("d", answer("d", "SHOWROOM", JourneyStage.INQUIRY, 5, 0)));

        EmotionPoint point =
                EmotionCurve.defaults().analyze(journeys).touchpoints().get(0);

        assertThat(point.n()).isEqualTo(4);
        assertThat(point.mean()).isEqualTo(4.0);
        assertThat(point.standardDeviation()).isCloseTo(1.1547, within(1e-4));
        assertThat(point.interval().upper() - point.mean()).isCloseTo(1.8374, within(1e-3));
        assertThat(point.lowSample()).isTrue();
    }

    @Test
    void stageCurveFlagsBelowNeutralAndSteepestDropAndSkipsIntervalForOneAnswer() {
        // AWARENESS 5,5 → 5; INQUIRY 4 → 4 (n 1, no interval); EXPERIENCE 2,2 → 2; TRANSACTION 5.
        // drops: 5→4 = 1, 4→2 = 2 (steepest, at EXPERIENCE); EXPERIENCE is also below neutral 3.
        List<SubjectJourney> journeys = List.of(
                journey(
                        "a",
                        answer("a", "AD", JourneyStage.AWARENESS, 5, 0),
                        answer("a", "CALL", JourneyStage.INQUIRY, 4, 1),
                        answer("a", "DRIVE", JourneyStage.EXPERIENCE, 2, 2),
                        answer("a", "ORDER", JourneyStage.TRANSACTION, 5, 3)),
                journey(
                        "b",
                        answer("b", "AD", JourneyStage.AWARENESS, 5, 0),
                        answer("b", "DRIVE", JourneyStage.EXPERIENCE, 2, 1)));

        EmotionCurveResult curve = EmotionCurve.defaults().analyze(journeys);

        assertThat(curve.stages())
                .extracting(EmotionPoint::key)
                .containsExactly("AWARENESS", "INQUIRY", "EXPERIENCE", "TRANSACTION");
        assertThat(curve.stages()).extracting(EmotionPoint::mean).containsExactly(5.0, 4.0, 2.0, 5.0);
        assertThat(curve.stages().get(1).interval()).isNull();
        assertThat(curve.stages().get(2).belowNeutral()).isTrue();
        assertThat(curve.stages().get(2).steepestDrop()).isTrue();
        assertThat(curve.stages()).filteredOn(EmotionPoint::bottleneck).hasSize(1);
        assertThat(curve.touchpoints()).extracting(EmotionPoint::key).containsExactly("AD", "CALL", "DRIVE", "ORDER");
    }

    @Test
    void explicitTouchpointOrderWinsOverDerivedOrder() {
        List<SubjectJourney> journeys = List.of(journey(
                "a", answer("a", "X", JourneyStage.AWARENESS, 4, 0), answer("a", "Y", JourneyStage.INQUIRY, 4, 1)));

        EmotionCurveResult curve =
                EmotionCurve.defaults().withTouchpointOrder(List.of("Y")).analyze(journeys);

        assertThat(curve.touchpoints()).extracting(EmotionPoint::key).containsExactly("Y", "X");
    }

    @Test
    void eventsWithoutEmotionAreIgnored() {
        EmotionCurveResult curve = EmotionCurve.defaults().analyze(List.of(journey("a", event("a", "X", 0))));

        assertThat(curve.touchpoints()).isEmpty();
        assertThat(curve.stages()).isEmpty();
    }
}
