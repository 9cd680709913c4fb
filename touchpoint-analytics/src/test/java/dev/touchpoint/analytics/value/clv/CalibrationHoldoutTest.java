package dev.touchpoint.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.analytics.CdnowData;
import dev.touchpoint.analytics.value.Transaction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationHoldoutTest {

    private static final LocalDate END = LocalDate.of(2024, 1, 31);

    @Test
    void countsDistinctHoldoutDaysOfCalibrationCustomers() {
        List<Transaction> tx = List.of(
                Transaction.of("a", LocalDate.of(2024, 1, 3), 10),
                Transaction.of("a", LocalDate.of(2024, 1, 10), 20),
                Transaction.of("a", LocalDate.of(2024, 2, 2), 5),
                Transaction.of("a", LocalDate.of(2024, 2, 2), 5),
                Transaction.of("a", LocalDate.of(2024, 2, 9), 5),
                Transaction.of("b", LocalDate.of(2024, 1, 31), 7),
                Transaction.of("late", LocalDate.of(2024, 2, 5), 7));
        CalibrationHoldout split = CalibrationHoldout.split(tx, END, LocalDate.of(2024, 2, 29), PeriodUnit.DAY);
        assertThat(split.holdoutLength()).isEqualTo(29.0);
        assertThat(split.rows())
                .extracting(r -> r.calibration().id(), CalibrationHoldout.Row::holdoutPurchases)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", 2), org.assertj.core.groups.Tuple.tuple("b", 0));
        CustomerSummary a = split.rows().get(0).calibration();
        assertThat(a.frequency()).isEqualTo(1);
        assertThat(a.recency()).isEqualTo(7.0);
        assertThat(a.age()).isEqualTo(28.0);
        assertThat(a.monetary()).isEqualTo(20.0);
    }

    @Test
    void cdnowHoldoutPredictionsTrackActualsByFrequency() {
        CalibrationHoldout split = CalibrationHoldout.split(
                CdnowData.sampleTransactions(), CdnowData.CALIBRATION_END, CdnowData.HOLDOUT_END, PeriodUnit.WEEK);
        HoldoutReport report =
                split.compare(BgNbdFitter.fit(split.calibration()).model());
        assertThat(split.holdoutLength()).isCloseTo(39.0, within(0.01));
        assertThat(report.buckets())
                .extracting(HoldoutReport.Bucket::label)
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7+");
        assertThat(report.buckets().get(0).customers()).isEqualTo(2357 - 946);
        // Fig. 4 of Fader, Hardie & Lee (2005): conditional expectations track the holdout closely
        for (HoldoutReport.Bucket bucket : report.buckets()) {
            assertThat(bucket.meanPredicted())
                    .as(bucket.label())
                    .isCloseTo(bucket.meanActual(), within(0.25 + 0.25 * bucket.meanActual()));
        }
    }
}
