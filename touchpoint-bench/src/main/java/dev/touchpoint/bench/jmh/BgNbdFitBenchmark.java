package dev.touchpoint.bench.jmh;

import dev.touchpoint.analytics.value.Transaction;
import dev.touchpoint.analytics.value.clv.BgNbdFit;
import dev.touchpoint.analytics.value.clv.BgNbdFitter;
import dev.touchpoint.analytics.value.clv.CustomerSummaries;
import dev.touchpoint.analytics.value.clv.CustomerSummary;
import dev.touchpoint.analytics.value.clv.PeriodUnit;
import dev.touchpoint.bench.SharedData;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * BG/NBD maximum-likelihood fit on the CDNOW 1/10 sample (2,357 customers, 39-week calibration),
 * against the baseline of one evaluation pass of building the summaries from the transactions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BgNbdFitBenchmark {

    private List<Transaction> transactions;
    private List<CustomerSummary> summaries;

    @Setup
    public void load() throws IOException {
        transactions = SharedData.cdnowSampleTransactions();
        summaries = summarise();
    }

    private List<CustomerSummary> summarise() {
        return CustomerSummaries.of(transactions, LocalDate.of(1997, 9, 30), PeriodUnit.WEEK);
    }

    /** The baseline: turning the 6,919 transactions into per-customer summaries. */
    @Benchmark
    public List<CustomerSummary> summariesBaseline() {
        return summarise();
    }

    @Benchmark
    public BgNbdFit fitCdnowSample() {
        return BgNbdFitter.fit(summaries);
    }
}
