package dev.touchpoint.analytics.journey;

import static dev.touchpoint.analytics.journey.Events.event;
import static dev.touchpoint.analytics.journey.Events.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyTouchpointsTest {

    @Test
    void woolfIntervalMatchesTextbookExample() {
        // Bland & Altman, BMJ 2000;320:1468 (hay fever × eczema): a=141, b=420, c=928, d=13525.
        // OR = 141·13525 / (420·928) = 4.893; SE = √(1/141 + 1/420 + 1/928 + 1/13525) = 0.10308;
        // CI = exp(ln 4.893 ± 1.96 · 0.10308) = 4.00 .. 5.99.
        OddsRatio or = OddsRatio.of(141, 420, 928, 13525);

        assertThat(or.ratio()).isCloseTo(4.893, within(1e-3));
        assertThat(or.interval().lower()).isCloseTo(3.998, within(1e-3));
        assertThat(or.interval().upper()).isCloseTo(5.989, within(1e-3));
        assertThat(or.corrected()).isFalse();
    }

    @Test
    void zeroCellGetsHaldaneAnscombeCorrection() {
        // a=0, b=2, c=3, d=1 → (0.5 · 1.5) / (2.5 · 3.5) = 0.0857
        OddsRatio or = OddsRatio.of(0, 2, 3, 1);

        assertThat(or.corrected()).isTrue();
        assertThat(or.ratio()).isCloseTo(0.75 / 8.75, within(1e-12));
    }

    @Test
    void exposureBeforeConversionGivesOddsRatioAndSmallSidesAreFlagged() {
        // T: exposed s1 s2 s3 (converted s1 s3), unexposed s4 s5 s6 (converted s4) → a2 b1 c1 d2, OR 4,
        // SE √3, CI exp(ln 4 ± 1.96·1.732) = 0.134 .. 119.2; 3 subjects per side ≥ minimum 3.
        // U: only s5 s6 exposed (2 < 3) → insufficient, no interval. BUY (the conversion) is no exposure.
        List<SubjectJourney> journeys = List.of(
                journey("s1", event("s1", "T", 0), event("s1", "BUY", TouchpointKind.PURCHASE, 1)),
                journey("s2", event("s2", "T", 0)),
                journey("s3", event("s3", "T", 0), event("s3", "BUY", TouchpointKind.PURCHASE, 1)),
                journey("s4", event("s4", "BUY", TouchpointKind.PURCHASE, 1), event("s4", "T", 2)),
                journey("s5", event("s5", "U", 0)),
                journey("s6", event("s6", "U", 0)));

        KeyTouchpointReport report =
                new KeyTouchpoints(EventPattern.kind(TouchpointKind.PURCHASE), 3).analyze(journeys);

        assertThat(report.converted()).isEqualTo(3);
        assertThat(report.effects()).extracting(TouchpointEffect::touchpoint).containsExactly("T", "U");
        TouchpointEffect t = report.effects().get(0);
        assertThat(t.oddsRatio().ratio()).isEqualTo(4.0);
        assertThat(t.oddsRatio().interval().lower()).isCloseTo(0.1342, within(1e-3));
        assertThat(t.oddsRatio().interval().upper()).isCloseTo(119.2, within(0.1));
        assertThat(t.sufficient()).isTrue();
        TouchpointEffect u = report.effects().get(1);
        assertThat(u.sufficient()).isFalse();
        assertThat(u.oddsRatio().interval()).isNull();
    }

    @Test
    void quadrantsSplitAtTheMeans() {
        // importance mean (2+2+0+0)/4 = 1, performance mean (5+1+5+1)/4 = 3.
        List<IpaPoint> points = IpaPoint.classify(
                Map.of("A", 2.0, "B", 2.0, "C", 0.0, "D", 0.0), Map.of("A", 5.0, "B", 1.0, "C", 5.0, "D", 1.0));

        assertThat(points)
                .extracting(IpaPoint::quadrant)
                .containsExactly(
                        IpaQuadrant.KEEP_UP,
                        IpaQuadrant.CONCENTRATE_HERE,
                        IpaQuadrant.POSSIBLE_OVERKILL,
                        IpaQuadrant.LOW_PRIORITY);
    }

    @Test
    void reportPlacesTouchpointsWithEmotionOnTheGrid() {
        List<SubjectJourney> journeys = List.of(
                journey("s1", event("s1", "T", 0).withEmotion(2), event("s1", "BUY", TouchpointKind.PURCHASE, 1)),
                journey("s2", event("s2", "U", 0).withEmotion(5)));

        KeyTouchpointReport report = KeyTouchpoints.defaults().analyze(journeys);

        // T: OR with correction (1.5·1.5)/(0.5·0.5) = 9 → ln 9 high; emotion 2 below mean 3.5.
        assertThat(report.quadrant())
                .extracting(IpaPoint::touchpoint, IpaPoint::quadrant)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T", IpaQuadrant.CONCENTRATE_HERE),
                        org.assertj.core.groups.Tuple.tuple("U", IpaQuadrant.POSSIBLE_OVERKILL));
    }

    @Test
    void exposedAndConvertedNameThePeopleInEachCell() {
        // s1 met T then bought (a); s2 met T, never bought (b); s3 bought, then met T (c: T after buying is no
        // exposure); s4 never met T nor bought (d)
        List<SubjectJourney> journeys = List.of(
                journey("s1", event("s1", "T", 0), event("s1", "BUY", TouchpointKind.PURCHASE, 1)),
                journey("s2", event("s2", "T", 0)),
                journey("s3", event("s3", "BUY", TouchpointKind.PURCHASE, 0), event("s3", "T", 1)),
                journey("s4", event("s4", "U", 0)));
        KeyTouchpoints key = new KeyTouchpoints(EventPattern.kind(TouchpointKind.PURCHASE), 1);

        assertThat(journeys.stream()
                        .filter(j -> key.exposed(j, "T") && !key.converted(j))
                        .map(SubjectJourney::subjectId))
                .containsExactly("s2");
        assertThat(journeys.stream()
                        .filter(j -> key.exposed(j, "T") && key.converted(j))
                        .map(SubjectJourney::subjectId))
                .containsExactly("s1");
        assertThat(journeys.stream()
                        .filter(j -> !key.exposed(j, "T") && key.converted(j))
                        .map(SubjectJourney::subjectId))
                .containsExactly("s3");
        OddsRatio t = key.analyze(journeys).effects().stream()
                .filter(e -> e.touchpoint().equals("T"))
                .findFirst()
                .orElseThrow()
                .oddsRatio();
        assertThat(new long[] {t.a(), t.b(), t.c(), t.d()}).containsExactly(1, 1, 1, 1);
    }
}
