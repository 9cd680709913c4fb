package dev.touchpoint.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.analytics.CdnowData;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the published CDNOW estimates: BG/NBD r = 0.243, α = 4.414, a = 0.793, b = 2.426, ln L
 * = −9582.4 (Fader, Hardie &amp; Lee 2005, Marketing Science, section 4) and Gamma-Gamma p = 6.25, q
 * = 3.74, γ = 15.44 (Fader, Hardie &amp; Lee 2005, JMR).
 */
class CdnowReproductionTest {

    private static List<CustomerSummary> summaries;

    @BeforeAll
    static void summarise() {
        summaries = CustomerSummaries.of(CdnowData.sampleTransactions(), CdnowData.CALIBRATION_END, PeriodUnit.WEEK);
    }

    @Test
    void summaryHasTheSampleSizesOfThePaper() {
        assertThat(summaries).hasSize(2357);
        assertThat(summaries.stream().filter(c -> c.frequency() > 0)).hasSize(946);
    }

    @Test
    void summaryMatchesTheProvidedSummaryFile() {
        Map<String, CustomerSummary> byId =
                summaries.stream().collect(Collectors.toMap(c -> stripZeros(c.id()), Function.identity()));
        List<String[]> rows = CdnowData.csvRows("cdnow_customers_summary_with_transactions.csv");
        assertThat(rows).hasSize(2357);
        for (String[] row : rows) {
            CustomerSummary c = byId.get(row[0]);
            assertThat(c.frequency()).as("x of %s", row[0]).isEqualTo(Integer.parseInt(row[1]));
            assertThat(c.recency()).as("t_x of %s", row[0]).isCloseTo(Double.parseDouble(row[2]), within(0.0051));
            assertThat(c.age()).as("T of %s", row[0]).isCloseTo(Double.parseDouble(row[3]), within(0.0051));
            assertThat(c.monetary()).as("zbar of %s", row[0]).isCloseTo(Double.parseDouble(row[4]), within(0.0051));
        }
    }

    @Test
    void bgNbdReproducesThePublishedEstimates() {
        BgNbdFit fit = BgNbdFitter.fit(summaries);
        BgNbdModel m = fit.model();
        assertThat(m.r()).isCloseTo(0.243, within(0.001));
        assertThat(m.alpha()).isCloseTo(4.414, within(0.01));
        assertThat(m.a()).isCloseTo(0.793, within(0.002));
        assertThat(m.b()).isCloseTo(2.426, within(0.01));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.1));
        assertThat(fit.customers()).isEqualTo(2357);
    }

    @Test
    void gammaGammaReproducesThePublishedEstimates() {
        GammaGammaFit fit = GammaGammaFitter.fit(summaries);
        GammaGammaModel m = fit.model();
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(m.p()).isCloseTo(6.25, within(0.02));
        assertThat(m.q()).isCloseTo(3.74, within(0.02));
        assertThat(m.gamma()).isCloseTo(15.44, within(0.02));
    }

    private static String stripZeros(String id) {
        return Integer.toString(Integer.parseInt(id));
    }
}
