package dev.touchpoint.analytics.journey;

import static dev.touchpoint.analytics.journey.Events.event;
import static dev.touchpoint.analytics.journey.Events.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeakEndTest {

    private static JourneyEvent e(String s, String touchpoint, int emotion, long minute) {
        return event(s, touchpoint, minute).withEmotion(emotion);
    }

    private static List<SubjectJourney> threeSubjects() {
        return List.of(
                // s1: A4 B6 C2 D5 (D is the purchase); E1 at minute 200 is after purchase + 60 min → ignored.
                journey(
                        "s1",
                        e("s1", "A", 4, 0),
                        e("s1", "B", 6, 10),
                        e("s1", "C", 2, 20),
                        event("s1", "D", TouchpointKind.PURCHASE, 30).withEmotion(5),
                        e("s1", "E", 1, 200)),
                // s2: A3 B3 C5 D5 → peak C (earliest of the 5s), valley A (earliest of the 3s), end D.
                journey("s2", e("s2", "A", 3, 0), e("s2", "B", 3, 10), e("s2", "C", 5, 20), e("s2", "D", 5, 30)),
                // s3: A5 C1 D2.
                journey("s3", e("s3", "A", 5, 0), e("s3", "C", 1, 10), e("s3", "D", 2, 20)));
    }

    @Test
    void profilesFirstPeakValleyAndEndOfEachJourney() {
        PeakEndReport report = PeakEnd.afterPurchase(Duration.ofHours(1)).analyze(threeSubjects(), Map.of());

        PeakEndJourney s1 = report.journeys().get(0);
        assertThat(List.of(
                        s1.first().touchpoint(),
                        s1.peak().touchpoint(),
                        s1.valley().touchpoint(),
                        s1.end().touchpoint()))
                .containsExactly("A", "B", "C", "D");
        assertThat(s1.peakEndScore()).isEqualTo(5.5); // (6 + 5) / 2
        assertThat(s1.mean()).isEqualTo(4.25); // 17 / 4
        PeakEndJourney s2 = report.journeys().get(1);
        assertThat(s2.peak().touchpoint()).isEqualTo("C");
        assertThat(s2.valley().touchpoint()).isEqualTo("A");
        assertThat(s2.peakEndScore()).isEqualTo(5.0);
        assertThat(report.journeys().get(2).peakEndScore()).isEqualTo(3.5); // (5 + 2) / 2
        assertThat(report.valleyFrequency()).containsExactly(Map.entry("C", 2L), Map.entry("A", 1L));
        assertThat(report.correlations()).isEmpty();
    }

    @Test
    void correlatesPredictorsWithTheOutcome() {
        // outcome 9, 8, 3. Peak-end x = 5.5, 5, 3.5: Sxy = 6.667, Sxx = 2.167, Syy = 20.667,
        // r = 6.667 / √(2.167 · 20.667) = 0.9963. Mean x = 4.25, 4, 2.667: r = 0.99995 → mean wins.
        // Spearman: both rank 3,2,1 like the outcome → 1. n = 3 → no Fisher interval.
        PeakEndReport report = PeakEnd.afterPurchase(Duration.ofHours(1))
                .analyze(threeSubjects(), Map.of("s1", 9.0, "s2", 8.0, "s3", 3.0));

        PredictorCorrelation peakEnd = report.correlations().get(PeakEndPredictor.PEAK_END.ordinal());
        assertThat(peakEnd.n()).isEqualTo(3);
        assertThat(peakEnd.pearson()).isCloseTo(0.9963, within(1e-4));
        assertThat(peakEnd.spearman()).isCloseTo(1.0, within(1e-12));
        assertThat(peakEnd.pearsonInterval()).isNull();
        assertThat(report.correlations().get(PeakEndPredictor.MEAN.ordinal()).pearson())
                .isCloseTo(0.99995, within(1e-4));
        assertThat(report.peakEndBeatsMean()).isFalse();
        assertThat(report.bestPredictor()).isEqualTo(PeakEndPredictor.MEAN);
    }

    @Test
    void fisherIntervalMatchesHandComputation() {
        // r 0.5, n 28: z = atanh 0.5 = 0.5493, ± 1.96/√25 = 0.392 → tanh(0.1573) .. tanh(0.9413) = 0.156 .. 0.736
        ConfidenceInterval ci = Correlations.fisherInterval(0.5, 28);

        assertThat(ci.lower()).isCloseTo(0.156, within(1e-3));
        assertThat(ci.upper()).isCloseTo(0.736, within(1e-3));
    }
}
