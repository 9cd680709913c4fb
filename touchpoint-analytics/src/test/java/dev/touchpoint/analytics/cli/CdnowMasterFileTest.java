package dev.touchpoint.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.analytics.CdnowData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole CDNOW master file (69,659 rows, 23,570 customers, 81 purchases of $0), exactly as
 * downloaded — a header of names, whitespace between fields, dates as yyyyMMdd — through the CLI
 * with no column options, against maximum-likelihood fits written here independently: the
 * summaries computed from the raw lines, the likelihoods as printed in the papers (no
 * log-sum-exp, no grouping), and Nelder–Mead instead of the library's BOBYQA.
 */
class CdnowMasterFileTest {

    private static JsonNode json;
    private static String summaryLine;
    private static List<double[]> summaries; // x, t_x, T (weeks), mean repeat spend

    @BeforeAll
    static void run() throws IOException {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = AnalyticsCli.run(
                new String[] {
                    "clv",
                    "--transactions",
                    CdnowData.file("CDNOW_master.txt").toString(),
                    "--calibration-end",
                    "1997-09-30",
                    "--unit",
                    "week"
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        summaryLine = err.toString(StandardCharsets.UTF_8);
        assertThat(status).as(summaryLine).isZero();
        json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        summaries = independentSummaries();
    }

    @Test
    void everyCustomerIsScoredAndTheOutputSaysWhatEachModelUsed() {
        assertThat(json.get("customers").size()).isEqualTo(23_570);
        assertThat(json.get("bgnbd").get("customers").asInt()).isEqualTo(23_570);
        long repeat = summaries.stream().filter(s -> s[0] > 0).count();
        long zeroSpend = summaries.stream().filter(s -> s[0] > 0 && s[3] <= 0).count();
        assertThat(zeroSpend)
                .as("a customer whose repeat purchases were all $0")
                .isPositive();
        assertThat(json.get("gammaGamma").get("customers").asInt()).isEqualTo(repeat - zeroSpend);
        assertThat(json.get("gammaGamma").get("withoutSpend").asInt()).isEqualTo(zeroSpend);
        assertThat(json.get("warnings").toString())
                .contains("purchases have an amount of 0")
                .contains("left out of the Gamma-Gamma fit");
        assertThat(summaryLine).contains("23570 customers", "Gamma-Gamma on " + (repeat - zeroSpend));
        for (JsonNode c : json.get("customers")) {
            assertThat(c.get("clv").asDouble())
                    .as("CLV of %s", c.get("id").asString())
                    .isFinite()
                    .isNotNegative();
        }
    }

    @Test
    void bgNbdEqualsAnIndependentMaximumLikelihoodFit() {
        MultivariateFunction ll =
                v -> bgNbdLogLikelihood(Math.exp(v[0]), Math.exp(v[1]), Math.exp(v[2]), Math.exp(v[3]));
        double[] best = nelderMead(ll, new double[] {Math.log(0.5), Math.log(3), Math.log(0.5), Math.log(3)});
        JsonNode fit = json.get("bgnbd");
        double independent =
                bgNbdLogLikelihood(Math.exp(best[0]), Math.exp(best[1]), Math.exp(best[2]), Math.exp(best[3]));
        assertThat(fit.get("logLikelihood").asDouble()).isCloseTo(independent, within(1e-6 * Math.abs(independent)));
        assertThat(fit.get("r").asDouble()).isCloseTo(Math.exp(best[0]), within(2e-3 * Math.exp(best[0])));
        assertThat(fit.get("alpha").asDouble()).isCloseTo(Math.exp(best[1]), within(2e-3 * Math.exp(best[1])));
        assertThat(fit.get("a").asDouble()).isCloseTo(Math.exp(best[2]), within(2e-3 * Math.exp(best[2])));
        assertThat(fit.get("b").asDouble()).isCloseTo(Math.exp(best[3]), within(2e-3 * Math.exp(best[3])));
        // and the CLI's own parameters evaluated by this independent likelihood give its reported value
        assertThat(bgNbdLogLikelihood(
                        fit.get("r").asDouble(),
                        fit.get("alpha").asDouble(),
                        fit.get("a").asDouble(),
                        fit.get("b").asDouble()))
                .isCloseTo(fit.get("logLikelihood").asDouble(), within(1e-6));
    }

    @Test
    void gammaGammaEqualsAnIndependentMaximumLikelihoodFitOfThePayingRepeatCustomers() {
        MultivariateFunction ll = v -> gammaGammaLogLikelihood(Math.exp(v[0]), Math.exp(v[1]), Math.exp(v[2]));
        double[] best = nelderMead(ll, new double[] {Math.log(2), Math.log(2), Math.log(5)});
        JsonNode fit = json.get("gammaGamma");
        double independent = gammaGammaLogLikelihood(Math.exp(best[0]), Math.exp(best[1]), Math.exp(best[2]));
        assertThat(fit.get("logLikelihood").asDouble()).isCloseTo(independent, within(1e-6 * Math.abs(independent)));
        assertThat(fit.get("p").asDouble()).isCloseTo(Math.exp(best[0]), within(2e-3 * Math.exp(best[0])));
        assertThat(fit.get("q").asDouble()).isCloseTo(Math.exp(best[1]), within(2e-3 * Math.exp(best[1])));
        assertThat(fit.get("gamma").asDouble()).isCloseTo(Math.exp(best[2]), within(2e-3 * Math.exp(best[2])));
        double p = fit.get("p").asDouble();
        double q = fit.get("q").asDouble();
        double gamma = fit.get("gamma").asDouble();
        assertThat(fit.get("populationMean").asDouble()).isCloseTo(p * gamma / (q - 1), within(1e-9));
    }

    /** x, t_x, T in weeks and mean repeat spend, from the file's lines, by the papers' rules. */
    private static List<double[]> independentSummaries() throws IOException {
        var end = LocalDate.of(1997, 9, 30);
        Map<String, TreeMap<LocalDate, Double>> days = new LinkedHashMap<>();
        var format = DateTimeFormatter.BASIC_ISO_DATE;
        for (String line : Files.readAllLines(CdnowData.file("CDNOW_master.txt"))) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 4 || !f[1].matches("[0-9]{8}")) {
                continue;
            }
            var day = LocalDate.parse(f[1], format);
            if (!day.isAfter(end)) {
                days.computeIfAbsent(f[0], k -> new TreeMap<>()).merge(day, Double.parseDouble(f[3]), Double::sum);
            }
        }
        List<double[]> out = new ArrayList<>();
        for (var byDay : days.values()) {
            int x = byDay.size() - 1;
            double tx = ChronoUnit.DAYS.between(byDay.firstKey(), byDay.lastKey()) / 7.0;
            double age = ChronoUnit.DAYS.between(byDay.firstKey(), end) / 7.0;
            double repeat = byDay.tailMap(byDay.firstKey(), false).values().stream()
                    .mapToDouble(d -> d)
                    .sum();
            out.add(new double[] {x, tx, age, x == 0 ? 0 : repeat / x});
        }
        return out;
    }

    /** Fader, Hardie & Lee (2005), eq. 6, term by term. */
    private static double bgNbdLogLikelihood(double r, double alpha, double a, double b) {
        double sum = 0;
        for (double[] s : summaries) {
            double x = s[0];
            double a1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
            double a2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
            double likelihood = Math.exp(a1 + a2)
                    * (Math.pow(alpha + s[2], -(r + x))
                            + (x > 0 ? a / (b + x - 1) * Math.pow(alpha + s[1], -(r + x)) : 0));
            sum += Math.log(likelihood);
        }
        return sum;
    }

    /** Fader & Hardie (2013), the density of the mean of x purchases, for paying repeat customers. */
    private static double gammaGammaLogLikelihood(double p, double q, double gamma) {
        double sum = 0;
        for (double[] s : summaries) {
            double x = s[0];
            double m = s[3];
            if (x > 0 && m > 0) {
                sum += Gamma.logGamma(p * x + q)
                        - Gamma.logGamma(p * x)
                        - Gamma.logGamma(q)
                        + q * Math.log(gamma)
                        + (p * x - 1) * Math.log(m)
                        + p * x * Math.log(x)
                        - (p * x + q) * Math.log(gamma + m * x);
            }
        }
        return sum;
    }

    private static double[] nelderMead(MultivariateFunction f, double[] start) {
        double[] point = start;
        for (int restart = 0; restart < 2; restart++) {
            point = new SimplexOptimizer(1e-12, 1e-12)
                    .optimize(
                            new MaxEval(200_000),
                            new ObjectiveFunction(f),
                            GoalType.MAXIMIZE,
                            new InitialGuess(point),
                            new NelderMeadSimplex(point.length, 0.3))
                    .getPoint();
        }
        return point;
    }
}
