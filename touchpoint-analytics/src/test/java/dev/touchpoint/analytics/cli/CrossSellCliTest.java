package dev.touchpoint.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.analytics.GroceriesData;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The CLI contract of {@code rules} and {@code sequences} (docs/analytics-cli.md, docs/cross-sell.md). */
class CrossSellCliTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void rulesOnGroceriesPrintTheFifteenRulesOfArules() {
        int status = cli.run(
                "rules",
                "--baskets",
                GroceriesData.file().toString(),
                "--min-support",
                "0.01",
                "--min-confidence",
                "0.5");

        assertThat(status).as(cli.stderr()).isZero();
        JsonNode json = cli.json();
        assertThat(json.get("transactions").asLong()).isEqualTo(9835);
        assertThat(json.get("itemsets").asInt())
                .isEqualTo(333); // arules: eclat(Groceries, support = 0.01) → 333 itemsets
        assertThat(json.get("rules").size()).isEqualTo(15);
        JsonNode top = json.get("rules").get(0);
        assertThat(top.get("antecedent").toString()).isEqualTo("[\"citrus fruit\",\"root vegetables\"]");
        assertThat(top.get("consequent").toString()).isEqualTo("[\"other vegetables\"]");
        assertThat(top.get("count").asLong()).isEqualTo(102);
        assertThat(top.get("support").asDouble()).isCloseTo(0.010371, within(5e-7));
        assertThat(top.get("confidence").asDouble()).isCloseTo(0.586207, within(5e-7));
        assertThat(top.get("lift").asDouble()).isCloseTo(3.029608, within(5e-7));
        assertThat(top.has("leverage")).isTrue();
        assertThat(top.has("conviction")).isTrue();
    }

    @Test
    void rulesReadACsvOfRowsWithBasketAndItemColumnsAndAMinimumLift() throws IOException {
        Path file = dir.resolve("lines.csv");
        Files.writeString(file, "订单,产品\nO1,car\nO1,mats\nO2,car\nO2,mats\nO3,car\nO4,film\n", StandardCharsets.UTF_8);

        int status = cli.run(
                "rules",
                "--transactions",
                file.toString(),
                "--basket-col",
                "订单",
                "--item-col",
                "产品",
                "--min-support",
                "2",
                "--min-confidence",
                "0.5",
                "--min-lift",
                "1.1");

        assertThat(status).as(cli.stderr()).isZero();
        JsonNode rules = cli.json().get("rules");
        // car ⇒ mats: 2 of 3 car baskets, mats in 2 of 4: lift (2/3)/(2/4) = 1.333; mats ⇒ car: 1/(3/4) = 1.333
        assertThat(rules.size()).isEqualTo(2);
        assertThat(rules.get(0).get("lift").asDouble()).isCloseTo(4 / 3.0, within(1e-12));
        assertThat(rules.get(1).get("lift").asDouble()).isCloseTo(4 / 3.0, within(1e-12));
        // equal lift: the higher confidence first; mats ⇒ car never fails, so its conviction is null
        assertThat(rules.get(0).get("antecedent").toString()).isEqualTo("[\"mats\"]");
        assertThat(rules.get(0).get("conviction").isNull()).isTrue();
        assertThat(rules.get(1).get("confidence").asDouble()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void sequencesPrintPatternsWithCountAndSupport() throws IOException {
        Path file = dir.resolve("purchases.csv");
        Files.writeString(
                file,
                "customer,date,item\n1,2024-01-01,a\n1,2024-01-01,b\n1,2024-02-01,c\n2,2024-01-05,a\n2,2024-03-05,c\n3,2024-01-01,b\n",
                Charset.forName("GBK"));

        int status = cli.run(
                "sequences",
                "--transactions",
                file.toString(),
                "--customer-col",
                "customer",
                "--date-col",
                "date",
                "--item-col",
                "item",
                "--min-support",
                "0.6");

        assertThat(status).as(cli.stderr()).isZero();
        JsonNode json = cli.json();
        assertThat(json.get("customers").asInt()).isEqualTo(3);
        // ⌈0.6 × 3⌉ = 2 customers: a, b, c and a → c
        assertThat(json.get("patterns").toString())
                .isEqualTo(
                        "[{\"pattern\":[[\"a\"]],\"count\":2,\"support\":0.6666666666666666},"
                                + "{\"pattern\":[[\"b\"]],\"count\":2,\"support\":0.6666666666666666},"
                                + "{\"pattern\":[[\"c\"]],\"count\":2,\"support\":0.6666666666666666},"
                                + "{\"pattern\":[[\"a\"],[\"c\"]],\"count\":2,\"support\":0.6666666666666666,\"medianDelayDays\":45.5}]");
    }

    @Test
    void badInputNamesTheLineAndTheColumn() throws IOException {
        Path file = dir.resolve("purchases.csv");
        Files.writeString(file, "customer,date,item\n1,2024-01-01,a\n2,2024-13-01,b\n", StandardCharsets.UTF_8);

        int status = cli.run(
                "sequences",
                "--transactions",
                file.toString(),
                "--customer-col",
                "customer",
                "--date-col",
                "date",
                "--item-col",
                "item",
                "--min-support",
                "0.5");

        assertThat(status).isEqualTo(AnalyticsCli.USAGE);
        assertThat(cli.stderr()).contains("line 3, column 'date': unparsable date '2024-13-01'");

        Path baskets = dir.resolve("baskets.txt");
        Files.writeString(baskets, "milk,bread\nmilk,,eggs\n", StandardCharsets.UTF_8);
        assertThat(cli.run("rules", "--baskets", baskets.toString(), "--min-support", "0.5", "--min-confidence", "0.5"))
                .isEqualTo(AnalyticsCli.USAGE);
        assertThat(cli.stderr()).contains("line 2, column '#2': empty item");
        assertThat(cli.run("rules", "--baskets", baskets.toString(), "--min-support", "1.5", "--min-confidence", "0.5"))
                .isEqualTo(AnalyticsCli.USAGE);
        assertThat(cli.stderr()).contains("--min-support needs a share in (0, 1] or a whole count");
    }
}
