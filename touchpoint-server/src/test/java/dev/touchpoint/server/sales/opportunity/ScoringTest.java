package dev.touchpoint.server.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.sales.Assessment;
import dev.touchpoint.server.sales.Attitude;
import dev.touchpoint.server.sales.BuyingRole;
import dev.touchpoint.server.sales.SalesStage;
import dev.touchpoint.server.sales.lead.Man;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private static Member member(BuyingRole role, Integer daysAgo, boolean champion) {
        return new Member(
                1,
                1,
                "m",
                null,
                null,
                role,
                champion,
                false,
                Attitude.NEUTRAL,
                daysAgo == null ? null : NOW.minus(Duration.ofDays(daysAgo)),
                null,
                0);
    }

    @Test
    void coverageGivesHalfAPointPerIdentifiedRoleAndHalfPerRecentlyEngagedRole() {
        // user engaged 5 days ago (1), technical met 40 days ago (0.5), purchaser never met (0.5),
        // finance and decision maker missing (0): 2 of 5 points = 40
        var members = List.of(
                member(BuyingRole.USER, 5, true),
                member(BuyingRole.TECHNICAL, 40, false),
                member(BuyingRole.PURCHASER, null, false));
        var coverage = CoverageCalculator.compute(members, SalesStage.QUALIFY, SalesStage.TECHNICAL, NOW, 30);
        assertThat(coverage.score()).isEqualTo(40);
        assertThat(coverage.championFound()).isTrue();
        assertThat(coverage.decisionMakerWarning())
                .as("before the warning stage")
                .isFalse();
    }

    @Test
    void decisionMakerNeverMetRaisesTheWarningFromTheConfiguredStage() {
        var unmet = List.of(member(BuyingRole.DECISION_MAKER, null, false));
        assertThat(CoverageCalculator.compute(unmet, SalesStage.RELATIONSHIP, SalesStage.TECHNICAL, NOW, 30)
                        .decisionMakerWarning())
                .isFalse();
        assertThat(CoverageCalculator.compute(unmet, SalesStage.TECHNICAL, SalesStage.TECHNICAL, NOW, 30)
                        .decisionMakerWarning())
                .isTrue();
        var met = List.of(member(BuyingRole.DECISION_MAKER, 90, false));
        assertThat(CoverageCalculator.compute(met, SalesStage.TENDER, SalesStage.TECHNICAL, NOW, 30)
                        .decisionMakerWarning())
                .as("met once, long ago, is met")
                .isFalse();
    }

    @Test
    void fullyCoveredBuyingCentreScoresHundred() {
        var members = java.util.Arrays.stream(BuyingRole.values())
                .map(r -> member(r, 1, false))
                .toList();
        assertThat(CoverageCalculator.compute(members, SalesStage.QUALIFY, SalesStage.TECHNICAL, NOW, 30)
                        .score())
                .isEqualTo(100);
    }

    @Test
    void riskWeighsTheShortfallOfEachAssessedDimension() {
        // shortfalls 0,2,3,1,4 × weights .25,.15,.20,.20,.20 = 0 + .30 + .60 + .20 + .80 = 1.90; 1.90 / 4 = 47.5% → 48
        var risk = RiskCalculator.compute(new Assessment(5, 3, 2, 4, 1));
        assertThat(risk.score()).isEqualTo(48);
        assertThat(risk.level()).isEqualTo("MEDIUM");
        assertThat(risk.reasons()).containsExactly("POWER_LOW", "CREDIT_LOW");
    }

    @Test
    void unknownDimensionsCountAsTheWorstAndAreNamed() {
        var risk = RiskCalculator.compute(new Assessment(null, null, null, null, null));
        assertThat(risk.score()).isEqualTo(100);
        assertThat(risk.level()).isEqualTo("HIGH");
        assertThat(risk.reasons()).hasSize(5).allMatch(r -> r.endsWith("_UNKNOWN"));
        assertThat(RiskCalculator.compute(new Assessment(5, 5, 5, 5, 5)).score())
                .isZero();
    }

    @Test
    void manCodesFollowTheSeedCombinations() {
        assertThat(Man.code(true, true, true)).isEqualTo("MAN");
        assertThat(Man.code(true, true, false)).isEqualTo("MAn");
        assertThat(Man.code(true, false, true)).isEqualTo("MaN");
        assertThat(Man.code(false, true, true)).isEqualTo("mAN");
    }
}
