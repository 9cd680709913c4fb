package dev.touchpoint.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.analytics.CdnowData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class AnalyticsCliTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void clvOnCdnowTransactionsReproducesPublishedParameters() {
        int status = cli.run(
                "clv",
                "--transactions",
                CdnowData.file("CDNOW_sample.txt").toString(),
                "--delimiter",
                "whitespace",
                "--no-header",
                "--customer-col",
                "2",
                "--date-col",
                "3",
                "--amount-col",
                "5",
                "--date-format",
                "yyyyMMdd",
                "--calibration-end",
                "1997-09-30",
                "--unit",
                "week",
                "--horizon",
                "39");
        assertThat(status).as(cli.stderr()).isZero();
        JsonNode json = cli.json();
        assertThat(json.get("bgnbd").get("r").asDouble()).isCloseTo(0.243, within(0.001));
        assertThat(json.get("bgnbd").get("alpha").asDouble()).isCloseTo(4.414, within(0.01));
        assertThat(json.get("bgnbd").get("a").asDouble()).isCloseTo(0.793, within(0.002));
        assertThat(json.get("bgnbd").get("b").asDouble()).isCloseTo(2.426, within(0.01));
        assertThat(json.get("bgnbd").get("logLikelihood").asDouble()).isCloseTo(-9582.4, within(0.1));
        assertThat(json.get("gammaGamma").get("p").asDouble()).isCloseTo(6.25, within(0.02));
        assertThat(json.get("gammaGamma").get("q").asDouble()).isCloseTo(3.74, within(0.02));
        assertThat(json.get("gammaGamma").get("gamma").asDouble()).isCloseTo(15.44, within(0.02));
        JsonNode first = json.get("customers").get(0);
        assertThat(json.get("customers").size()).isEqualTo(2357);
        assertThat(first.get("id").asString()).isEqualTo("0001");
        assertThat(first.get("frequency").asInt()).isEqualTo(2);
        assertThat(first.get("T").asDouble()).isCloseTo(38.86, within(0.005));
        assertThat(first.propertyNames())
                .containsExactly(
                        "id",
                        "frequency",
                        "recency",
                        "T",
                        "pAlive",
                        "expectedPurchases",
                        "expectedAverageValue",
                        "clv");
    }

    @Test
    void clvOnTheProvidedSummaryFileNamesItsColumns() {
        int status = cli.run(
                "clv",
                "--summary",
                CdnowData.file("cdnow_customers_summary_with_transactions.csv").toString(),
                "--frequency-col",
                "x",
                "--recency-col",
                "t_x",
                "--monetary-col",
                "zbar");
        assertThat(status).as(cli.stderr()).isZero();
        assertThat(cli.json().get("bgnbd").get("r").asDouble()).isCloseTo(0.243, within(0.001));
        assertThat(cli.json().get("gammaGamma").get("p").asDouble()).isCloseTo(6.25, within(0.02));
    }

    @Test
    void clvWithoutSpendColumnSkipsGammaGamma() {
        int status = cli.run(
                "clv",
                "--summary",
                CdnowData.file("cdnow_customers_summary.csv").toString());
        assertThat(status).as(cli.stderr()).isZero();
        assertThat(cli.json().get("gammaGamma").isNull()).isTrue();
        assertThat(cli.json().get("customers").get(0).get("clv").isNull()).isTrue();
        assertThat(cli.json().get("bgnbd").get("a").asDouble()).isCloseTo(0.793, within(0.002));
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        Path file = write("customer,date,amount\nc1,2024-01-01,10\n");
        int status = cli.run(
                "rfm",
                "--transactions",
                file.toString(),
                "--customer-col",
                "customer",
                "--date-col",
                "date",
                "--amount-col",
                "revenue");
        assertThat(status).isEqualTo(2);
        assertThat(cli.stderr()).contains("line 1", "column 'revenue'", "no such column");
    }

    @Test
    void unparsableDateNamesLineAndColumn() throws IOException {
        Path file = write("customer,date,amount\nc1,2024-01-01,10\n\nc2,2024-13-01,5\n");
        int status = cli.run(
                "rfm",
                "--transactions",
                file.toString(),
                "--customer-col",
                "customer",
                "--date-col",
                "date",
                "--amount-col",
                "amount");
        assertThat(status).isEqualTo(2);
        assertThat(cli.stderr()).contains("line 4", "column 'date'", "unparsable date '2024-13-01'");
    }

    @Test
    void negativeAmountNamesLineAndColumn() throws IOException {
        Path file = write("customer,date,amount\nc1,2024-01-01,-10\n");
        int status = cli.run(
                "pareto",
                "--transactions",
                file.toString(),
                "--customer-col",
                "customer",
                "--date-col",
                "date",
                "--amount-col",
                "amount");
        assertThat(status).isEqualTo(2);
        assertThat(cli.stderr()).contains("line 2", "column 'amount'", "negative amount");
    }

    @Test
    void unparsableAmountInAHeaderlessWhitespaceFileNamesTheColumnNumber() throws IOException {
        Path file = write(" 01 19970101 2 11.77\n 02 19970102 1 ten\n");
        int status = cli.run(
                "clv",
                "--transactions",
                file.toString(),
                "--delimiter",
                "whitespace",
                "--no-header",
                "--customer-col",
                "1",
                "--date-col",
                "2",
                "--amount-col",
                "4",
                "--date-format",
                "yyyyMMdd",
                "--calibration-end",
                "1997-09-30");
        assertThat(status).isEqualTo(2);
        assertThat(cli.stderr()).contains("line 2", "column '#4'", "not a number: 'ten'");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(cli.run("clv", "--horizn", "3")).isEqualTo(2);
        assertThat(cli.stderr()).contains("unknown option --horizn");
        assertThat(cli.stdout()).isEmpty();
    }

    @Test
    void eachCommandHasHelp() {
        for (String command : new String[] {"clv", "rfm", "pareto", "rules", "sequences"}) {
            assertThat(cli.run(command, "--help")).isZero();
            assertThat(cli.stdout()).startsWith("usage: java -jar touchpoint-analytics.jar " + command);
        }
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.stdout()).contains("clv", "rfm", "pareto");
    }

    @Test
    void rfmPrintsScoresAndSegments() throws IOException {
        Path file = write("id;day;value\na;2024-03-30;100\nb;2024-01-01;10\n");
        int status = cli.run(
                "rfm",
                "--transactions",
                file.toString(),
                "--delimiter",
                "semicolon",
                "--customer-col",
                "id",
                "--date-col",
                "day",
                "--amount-col",
                "value",
                "--as-of",
                "2024-03-31");
        assertThat(status).as(cli.stderr()).isZero();
        JsonNode a = cli.json().get("customers").get(0);
        assertThat(a.get("recency").asInt()).isEqualTo(1);
        assertThat(a.get("r").asInt()).isEqualTo(3); // best of two: 1 + floor(5 * 1 / 2)
        assertThat(a.get("segmentZh").asString())
                .isEqualTo("重要发展客户"); // recent and high M, but F 1 is not above the mean 1
        assertThat(cli.json().get("customers").get(1).get("segment").asString()).isEqualTo("GENERAL_WIN_BACK");
    }

    @Test
    void paretoPrintsTopShareAndCurve() throws IOException {
        Path file = write("c,d,p\na,2024-01-01,50\nb,2024-01-01,20\nc,2024-01-01,10\n"
                + "d,2024-01-01,10\ne,2024-01-01,5\nf,2024-01-01,5\n");
        int status = cli.run(
                "pareto",
                "--transactions",
                file.toString(),
                "--customer-col",
                "c",
                "--date-col",
                "d",
                "--amount-col",
                "p",
                "--points",
                "5");
        assertThat(status).as(cli.stderr()).isZero();
        assertThat(cli.json().get("topProfitShare").asDouble()).isCloseTo(0.54, within(1e-12));
        assertThat(cli.json().get("customerShareForTarget").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(cli.json().get("curve").size()).isEqualTo(6);
    }

    @Test
    void realWorldFilesGiveTheSameAnswerAsTheCleanOne() throws IOException {
        String clean = "customer,date,amount\na,2024-01-05,10\na,2024-02-05,20\nb,2024-01-10,5\nb,2024-03-01,7\n"
                + "c,2024-02-01,8\na,2024-03-05,30\n";
        assertThat(cli.run("clv", "--transactions", write(clean).toString(), "--calibration-end", "2024-03-31"))
                .isZero();
        JsonNode expected = cli.json().get("customers");
        // CRLF, a UTF-8 byte-order mark, rows out of order, other date formats, no header, tabs
        String messy = "\uFEFFb\t2024/1/10\t5\r\na\t20240305\t30\r\nc\t2024.2.1\t8\r\n\r\na\t2024-01-05\t10\r\n"
                + "b\t2024-03-01 14:30\t7\r\na\t2024-02-05T09:00:00\t20\r\n";
        assertThat(cli.run("clv", "--transactions", write(messy).toString(), "--calibration-end", "2024-03-31"))
                .as(cli.stderr())
                .isZero();
        JsonNode actual = cli.json().get("customers");
        for (String id : new String[] {"a", "b", "c"}) {
            assertThat(find(actual, id).get("frequency"))
                    .isEqualTo(find(expected, id).get("frequency"));
            assertThat(find(actual, id).get("pAlive").asDouble())
                    .isCloseTo(find(expected, id).get("pAlive").asDouble(), within(1e-12));
        }
    }

    @Test
    void gbkFilesAreRead() throws IOException {
        Path file = dir.resolve("gbk.csv");
        Files.write(
                file,
                "客户,日期,金额\n张三,2024-01-05,10\n张三,2024-02-05,20\n李四,2024-01-10,5\n"
                        .getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(cli.run("rfm", "--transactions", file.toString()))
                .as(cli.stderr())
                .isZero();
        assertThat(cli.json().get("customers").get(0).get("id").asString()).isEqualTo("张三");
    }

    @Test
    void returnsAndExactRepeatsAreReportedNotFatal() throws IOException {
        Path file = write("customer,date,amount\na,2024-01-05,10\na,2024-01-05,10\na,2024-02-05,-10\n"
                + "b,2024-01-10,0\nb,2024-02-10,0\nc,2024-01-11,4\nc,2024-02-11,6\n");
        assertThat(cli.run("clv", "--transactions", file.toString(), "--calibration-end", "2024-03-31"))
                .as(cli.stderr())
                .isZero();
        String warnings = cli.json().get("warnings").toString();
        assertThat(warnings)
                .contains("1 rows with a negative amount are returns")
                .contains("2 purchases have an amount of 0")
                .contains("1 rows repeat an earlier row exactly")
                .contains("1 customers have repeat purchases that sum to 0");
        assertThat(find(cli.json().get("customers"), "a").get("frequency").asInt())
                .as("the return is no purchase")
                .isZero();
        assertThat(cli.json().get("gammaGamma").get("customers").asInt()).isEqualTo(1);
        assertThat(cli.stderr()).contains("clv: 3 customers").contains("1 with zero repeat spend left out");
    }

    @Test
    void anEmptyFileIsAnEmptyAnswer() throws IOException {
        assertThat(cli.run("clv", "--transactions", write("").toString(), "--calibration-end", "2024-03-31"))
                .isZero();
        assertThat(cli.json().get("customers").size()).isZero();
        assertThat(cli.json().get("warnings").get(0).asString()).contains("no data lines");
    }

    @Test
    void anUnclosedQuoteNamesLineAndColumn() throws IOException {
        Path file = write("customer,date,amount\na,2024-01-05,10\n\"b,2024-01-06,5\n");
        assertThat(cli.run("rfm", "--transactions", file.toString())).isEqualTo(2);
        assertThat(cli.stderr()).contains("line 3", "column '#1'", "never closed");
    }

    private static JsonNode find(JsonNode customers, String id) {
        for (JsonNode c : customers) {
            if (c.get("id").asString().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no customer " + id);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "input", ".txt"), content);
    }
}
