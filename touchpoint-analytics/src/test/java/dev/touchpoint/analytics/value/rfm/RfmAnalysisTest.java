package dev.touchpoint.analytics.value.rfm;

import static dev.touchpoint.analytics.value.rfm.RfmSegment.GENERAL_DEVELOPMENT;
import static dev.touchpoint.analytics.value.rfm.RfmSegment.GENERAL_VALUE;
import static dev.touchpoint.analytics.value.rfm.RfmSegment.GENERAL_WIN_BACK;
import static dev.touchpoint.analytics.value.rfm.RfmSegment.IMPORTANT_RETENTION;
import static dev.touchpoint.analytics.value.rfm.RfmSegment.IMPORTANT_VALUE;
import static dev.touchpoint.analytics.value.rfm.RfmSegment.IMPORTANT_WIN_BACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.analytics.value.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Five customers as of 2024-03-31, worked by hand: R = 1, 11, 60, 5, 91 days; F = 3, 1, 2, 2, 1;
 * M (sum) = 200, 30, 1000, 20, 40. Means: R 33.6, F 1.8, M 258; medians: R 11, F 2, M 40.
 */
class RfmAnalysisTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
    private static final List<Transaction> TX = List.of(
            tx("A", "2024-03-30", 100),
            tx("A", "2024-03-01", 50),
            tx("A", "2024-02-01", 50),
            tx("B", "2024-03-20", 30),
            tx("C", "2024-01-31", 500),
            tx("C", "2024-01-01", 500),
            tx("D", "2024-03-25", 10),
            tx("D", "2024-03-26", 10),
            tx("E", "2023-12-31", 40),
            tx("A", "2024-04-05", 999),
            tx("late", "2024-04-01", 5));

    @Test
    void computesRecencyFrequencyMonetaryAndQuintiles() {
        RfmResult result = RfmAnalysis.of(TX, AS_OF, RfmOptions.DEFAULTS);
        assertThat(result.customers())
                .extracting(RfmCustomer::id, RfmCustomer::recency, RfmCustomer::frequency, RfmCustomer::monetary)
                .containsExactly(
                        tuple("A", 1L, 3, 200.0),
                        tuple("B", 11L, 1, 30.0),
                        tuple("C", 60L, 2, 1000.0),
                        tuple("D", 5L, 2, 20.0),
                        tuple("E", 91L, 1, 40.0));
        // R: worst first E, C, B, D, A -> 1..5. F: ties {B, E} at position 0 -> 1, {C, D} at 2 -> 3.
        assertThat(result.customers()).extracting(RfmCustomer::code).containsExactly(554, 312, 235, 431, 113);
    }

    @Test
    void tiesDoNotDependOnInputOrder() {
        List<Transaction> reversed = new ArrayList<>(TX);
        Collections.reverse(reversed);
        RfmResult a = RfmAnalysis.of(TX, AS_OF, RfmOptions.DEFAULTS);
        RfmResult b = RfmAnalysis.of(reversed, AS_OF, RfmOptions.DEFAULTS);
        assertThat(b.customers()).containsExactlyInAnyOrderElementsOf(a.customers());
    }

    @Test
    void segmentsAgainstTheMean() {
        RfmResult result = RfmAnalysis.of(TX, AS_OF, RfmOptions.DEFAULTS);
        assertThat(result.recencyThreshold()).isCloseTo(33.6, within(1e-12));
        assertThat(result.frequencyThreshold()).isCloseTo(1.8, within(1e-12));
        assertThat(result.monetaryThreshold()).isCloseTo(258.0, within(1e-12));
        assertThat(result.customers())
                .extracting(RfmCustomer::segment)
                .containsExactly(
                        GENERAL_VALUE, GENERAL_DEVELOPMENT, IMPORTANT_RETENTION, GENERAL_VALUE, GENERAL_WIN_BACK);
    }

    @Test
    void segmentsAgainstTheMedianCountEqualValuesAsLow() {
        RfmOptions median = RfmOptions.of(MonetaryMeasure.SUM, SegmentThreshold.MEDIAN);
        RfmResult result = RfmAnalysis.of(TX, AS_OF, median);
        assertThat(result.customers())
                .extracting(RfmCustomer::segment)
                .containsExactly(
                        IMPORTANT_VALUE, GENERAL_WIN_BACK, IMPORTANT_WIN_BACK, GENERAL_DEVELOPMENT, GENERAL_WIN_BACK);
    }

    @Test
    void monetaryCanBeTheMeanTicket() {
        RfmOptions mean = RfmOptions.of(MonetaryMeasure.MEAN, SegmentThreshold.MEAN);
        RfmResult result = RfmAnalysis.of(TX, AS_OF, mean);
        assertThat(result.customers())
                .extracting(RfmCustomer::monetary)
                .containsExactly(200.0 / 3, 30.0, 500.0, 10.0, 40.0);
    }

    @Test
    void everyCombinationHasItsOwnSegmentWithBothNames() {
        assertThat(RfmSegment.of(true, true, true).zh()).isEqualTo("重要价值客户");
        assertThat(RfmSegment.of(false, false, false).en()).isEqualTo("General win-back");
        assertThat(RfmSegment.of(false, false, true).zh()).isEqualTo("重要挽留客户");
        long distinct = Arrays.stream(new boolean[][] {
                    {true, true, true}, {true, true, false}, {true, false, true}, {true, false, false},
                    {false, true, true}, {false, true, false}, {false, false, true}, {false, false, false}
                })
                .map(c -> RfmSegment.of(c[0], c[1], c[2]))
                .distinct()
                .count();
        assertThat(distinct).isEqualTo(8);
    }

    @Test
    void rejectsNegativeAmounts() {
        assertThatThrownBy(() -> RfmAnalysis.of(List.of(tx("X", "2024-01-01", -1)), AS_OF, RfmOptions.DEFAULTS))
                .hasMessageContaining("negative amount");
    }

    private static Transaction tx(String id, String date, double amount) {
        return Transaction.of(id, LocalDate.parse(date), amount);
    }
}
