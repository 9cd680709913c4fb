package dev.touchpoint.server.touchpoint.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.touchpoint.AuditAnswer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditScoringTest {

    private static final List<AuditSection> TEMPLATE = List.of(
            new AuditSection(
                    "A",
                    "甲",
                    "A",
                    List.of(
                            item("yes", AuditItemType.YES_NO, 2, null, null),
                            item("scale", AuditItemType.SCALE, 1, null, null),
                            item("greet", AuditItemType.TIMED, 3, 30, null))),
            new AuditSection(
                    "B",
                    "乙",
                    "B",
                    List.of(
                            item("rate", AuditItemType.NUMERIC, 2, null, new BigDecimal("90")),
                            item("na", AuditItemType.YES_NO, 1, null, null))));

    private static AuditItem item(String code, AuditItemType type, double weight, Integer limit, BigDecimal target) {
        return new AuditItem(code, code, code, type, BigDecimal.valueOf(weight), limit, target, null, null);
    }

    private static AuditAnswer answer(String item, String value) {
        return new AuditAnswer(item, value == null ? null : new BigDecimal(value), value == null, null);
    }

    @Test
    void scoresAreTheWeightedShareOfPointsWithTimedItemsPassingOnlyWithinTheLimit() {
        // A: yes 2/2 + scale 4 → (4-1)/4 × 1 = 0.75 + greeting after 45 s > 30 s → 0 of 3  ⇒ 2.75 / 6 = 45.83
        // B: 95 ≥ 90 → 2/2, the last item not applicable                                 ⇒ 100
        // overall: (2.75 + 2) / (6 + 2) = 59.375 → 59.38
        var result = AuditScoring.score(
                TEMPLATE,
                List.of(
                        answer("yes", "1"),
                        answer("scale", "4"),
                        answer("greet", "45"),
                        answer("rate", "95"),
                        answer("na", null)));

        assertThat(result.sections().get("A")).isEqualByComparingTo("45.83");
        assertThat(result.sections().get("B")).isEqualByComparingTo("100");
        assertThat(result.overall()).isEqualByComparingTo("59.38");
        assertThat(result.failed()).extracting(i -> i.item().code()).containsExactly("greet");
    }

    @Test
    void aTimedItemAtExactlyTheLimitPassesAndAScaleBelowThreeFails() {
        var result = AuditScoring.score(
                TEMPLATE,
                List.of(
                        answer("yes", "0"),
                        answer("scale", "2"),
                        answer("greet", "30"),
                        answer("rate", "89.9"),
                        answer("na", "1")));
        // earned: yes 0, scale (2-1)/4 = 0.25, greet 3, rate 0, na 1 → 4.25 of 9 = 47.22
        assertThat(result.overall()).isEqualByComparingTo("47.22");
        assertThat(result.failed()).extracting(i -> i.item().code()).containsExactly("yes", "scale", "rate");
    }

    @Test
    void everyItemMustBeAnsweredOrMarkedNotApplicable() {
        assertThatThrownBy(() -> AuditScoring.score(TEMPLATE, List.of(answer("yes", "1"), answer("scale", "7"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field() + ":" + v.rule())
                                .contains("answers.scale:range", "answers.greet:required", "answers.rate:required"));
    }
}
