package dev.touchpoint.analytics.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoiceOfCustomerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // Wednesday 2024-01-03 10:00 in Shanghai
    private static final Instant WED = Instant.parse("2024-01-03T02:00:00Z");

    @Test
    void npsIsPercentPromotersMinusPercentDetractors() {
        // 10 answers: 10,10,9,9,9 promoters (5); 8,7 passives (2); 6,3,0 detractors (3).
        // NPS = 50 % − 30 % = 20.
        List<SurveyResponse> answers = new ArrayList<>();
        for (int score : new int[] {10, 10, 9, 9, 9, 8, 7, 6, 3, 0}) {
            answers.add(SurveyResponse.of("s", SurveyMetric.NPS, score, WED));
        }

        NpsScore nps = new VoiceOfCustomer(TimeBucket.WEEK, SHANGHAI, null)
                .analyze(answers)
                .get(0)
                .nps();

        assertThat(nps).isEqualTo(new NpsScore(10, 5, 2, 3, 20.0));
    }

    @Test
    void csatIsShareOfFoursAndFivesAndCesIsTheMean() {
        // CSAT 5,4,3,2,5 → 3 of 5 satisfied = 60 %, mean 19/5 = 3.8. CES 2,3,7 → mean 4.
        List<SurveyResponse> answers = new ArrayList<>();
        for (int score : new int[] {5, 4, 3, 2, 5}) {
            answers.add(SurveyResponse.of("s", SurveyMetric.CSAT, score, WED));
        }
        for (int score : new int[] {2, 3, 7}) {
            answers.add(SurveyResponse.of("s", SurveyMetric.CES, score, WED));
        }

        VocRow row = new VoiceOfCustomer(TimeBucket.DAY, SHANGHAI, null)
                .analyze(answers)
                .get(0);

        assertThat(row.csat()).isEqualTo(new CsatScore(5, 3, 60.0, 3.8));
        assertThat(row.ces()).isEqualTo(new CesScore(3, 4.0));
        assertThat(row.nps()).isNull();
    }

    @Test
    void answersAreBucketedByLocalWeekAndGroupedByAttribute() {
        // Sunday 2024-01-07 20:00 UTC is Monday 01-08 04:00 in Shanghai → next ISO week.
        Instant sundayUtc = Instant.parse("2024-01-07T20:00:00Z");
        List<SurveyResponse> answers = List.of(
                new SurveyResponse("a", SurveyMetric.NPS, 10, WED, Map.of("site", "north")),
                new SurveyResponse("b", SurveyMetric.NPS, 0, WED, Map.of()),
                new SurveyResponse("c", SurveyMetric.NPS, 9, sundayUtc, Map.of("site", "north")));

        List<VocRow> rows = new VoiceOfCustomer(TimeBucket.WEEK, SHANGHAI, "site").analyze(answers);

        assertThat(rows)
                .extracting(VocRow::periodStart, VocRow::group)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 1), "(none)"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 1), "north"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 8), "north"));
        assertThat(rows.get(0).nps().score()).isEqualTo(-100.0);
    }

    @Test
    void answerOutsideTheScaleIsRejected() {
        assertThatThrownBy(() -> SurveyResponse.of("s", SurveyMetric.CSAT, 0, WED))
                .hasMessageContaining("CSAT answer must be 1..5");
    }
}
