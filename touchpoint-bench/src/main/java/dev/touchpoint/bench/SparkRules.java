package dev.touchpoint.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.spark.ml.fpm.FPGrowth;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark side of {@code bench rules --spark}, run in a JVM of its own by {@link RulesBench} (Spark
 * stays out of the bench jar): Spark MLlib's {@code FPGrowth} in-process on {@code local[2]}, on the
 * same baskets (one per line, comma-separated, read and cached before timing) and thresholds. Prints
 * {@code itemsets N}, {@code rules N} and {@code seconds t1 t2 …} (the timed rounds after two warm-up
 * rounds) and writes the rules of the last round, one per line: sorted antecedent joined by
 * {@code " + "}, a tab, the consequent, a tab, the confidence, a tab, the lift.
 *
 * <p>Arguments: baskets file, min support, min confidence, rounds, rules output file.
 */
public final class SparkRules {

    private SparkRules() {}

    public static void main(String[] args) throws Exception {
        var input = Path.of(args[0]);
        double support = Double.parseDouble(args[1]);
        double confidence = Double.parseDouble(args[2]);
        int rounds = Integer.parseInt(args[3]);
        var output = Path.of(args[4]);
        var rows = new ArrayList<Row>();
        for (var line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                // FPGrowth wants each item once per basket
                rows.add(RowFactory.create(
                        (Object) new LinkedHashSet<>(Arrays.asList(line.split(","))).toArray(String[]::new)));
            }
        }
        var spark = SparkSession.builder()
                .master("local[2]")
                .appName("touchpoint-bench-fpgrowth")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            var schema = new StructType(new StructField[] {
                new StructField("items", DataTypes.createArrayType(DataTypes.StringType), false, Metadata.empty())
            });
            Dataset<Row> baskets =
                    spark.createDataFrame(rows, schema).repartition(2).cache();
            baskets.count();
            var seconds = new ArrayList<Double>();
            long itemsets = 0;
            List<Row> rules = List.of();
            for (int i = 0; i < rounds + 2; i++) {
                long start = System.nanoTime();
                var model = new FPGrowth()
                        .setItemsCol("items")
                        .setMinSupport(support)
                        .setMinConfidence(confidence)
                        .fit(baskets);
                itemsets = model.freqItemsets().count();
                rules = model.associationRules().collectAsList();
                double s = (System.nanoTime() - start) / 1e9;
                if (i >= 2) {
                    seconds.add(s);
                }
            }
            try (var out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
                for (var rule : rules) {
                    List<String> antecedent = new ArrayList<>(rule.<String>getList(0));
                    antecedent.sort(null);
                    List<String> consequent = rule.getList(1);
                    out.println(String.join(" + ", antecedent) + "\t" + String.join(" + ", consequent) + "\t"
                            + rule.getDouble(2) + "\t" + rule.getDouble(3));
                }
            }
            System.out.println("itemsets " + itemsets);
            System.out.println("rules " + rules.size());
            System.out.println("seconds "
                    + String.join(" ", seconds.stream().map(String::valueOf).toList()));
        } finally {
            spark.stop();
        }
    }
}
