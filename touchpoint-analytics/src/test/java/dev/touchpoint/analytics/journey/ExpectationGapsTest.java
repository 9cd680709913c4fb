package dev.touchpoint.analytics.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectationGapsTest {

    private static ExpectationRating r(String touchpoint, double expectation, double perception) {
        return new ExpectationRating("s", touchpoint, expectation, perception);
    }

    @Test
    void gapsAreClassifiedAndRankedByNegativeGapTimesImportance() {
        // T1: exp 5, perc (4+3)/2 = 3.5 → gap −1.5, BELOW, importance 2 → priority 3
        // T2: exp 4, perc 4.5 → gap +0.5 → FORGETTABLE (not above 0.5), priority −0.5
        // T3: exp 3, perc 4.5 → gap +1.5 → EXCEEDED, priority −1.5
        // T4: exp 5, perc 4 → gap −1 → BELOW, priority 1
        List<TouchpointGap> gaps = ExpectationGaps.defaults()
                .withImportance(Map.of("T1", 2.0))
                .analyze(List.of(
                        r("T1", 5, 4),
                        r("T1", 5, 3),
                        r("T2", 4, 5),
                        r("T2", 4, 4),
                        r("T3", 3, 4),
                        r("T3", 3, 5),
                        r("T4", 5, 4)));

        assertThat(gaps).extracting(TouchpointGap::touchpoint).containsExactly("T1", "T4", "T2", "T3");
        assertThat(gaps)
                .extracting(TouchpointGap::outcome)
                .containsExactly(
                        ExpectationOutcome.BELOW,
                        ExpectationOutcome.BELOW,
                        ExpectationOutcome.FORGETTABLE,
                        ExpectationOutcome.EXCEEDED);
        assertThat(gaps.get(0).gap()).isEqualTo(-1.5);
        assertThat(gaps.get(0).priority()).isEqualTo(3.0);
    }

    @Test
    void thresholdIsAParameter() {
        assertThat(ExpectationOutcome.of(0.3, 0.2)).isEqualTo(ExpectationOutcome.EXCEEDED);
        assertThat(ExpectationOutcome.of(0.3, 0.5)).isEqualTo(ExpectationOutcome.FORGETTABLE);
        assertThat(ExpectationOutcome.of(-0.6, 0.5)).isEqualTo(ExpectationOutcome.BELOW);
    }
}
