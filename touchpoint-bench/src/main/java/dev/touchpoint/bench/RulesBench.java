package dev.touchpoint.bench;

import dev.touchpoint.analytics.crosssell.association.AssociationRules;
import dev.touchpoint.analytics.crosssell.association.FpGrowth;
import dev.touchpoint.analytics.crosssell.association.MinimumSupport;
import dev.touchpoint.analytics.crosssell.association.RuleFilter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * FP-growth and rule generation in-process, on Groceries ({@code shared/data/groceries}) or on N
 * synthetic orders, against the floor measured in the same run: handing every basket to a miner
 * that only counts its items (the one pass over the input any miner needs). With {@code --spark},
 * also Spark MLlib's {@code FPGrowth} on {@code local[2]} in a JVM of its own ({@link SparkRules}) on
 * the same baskets and thresholds: both rule sets are checked equal (every rule, confidence and lift
 * to 1e-9) before the times are compared.
 */
final class RulesBench {

    private RulesBench() {}

    static void run(Options options) throws Exception {
        int orders = options.getInt("orders", 0);
        double support = Double.parseDouble(options.get("min-support", orders > 0 ? "0.001" : "0.001"));
        double confidence = Double.parseDouble(options.get("min-confidence", "0.1"));
        int runs = options.getInt("runs", 5);
        boolean spark = options.values().containsKey("spark");
        List<List<String>> baskets = orders > 0 ? synthetic(orders) : groceries();
        System.out.printf(
                "%d baskets, %d items in all; min support %s, min confidence %s%n",
                baskets.size(), baskets.stream().mapToInt(List::size).sum(), support, confidence);
        double[] mine = new double[runs];
        double[] floor = new double[runs];
        int rules = 0;
        int itemsets = 0;
        List<dev.touchpoint.analytics.crosssell.association.AssociationRule> last = List.of();
        for (int i = 0; i < runs + 2; i++) { // two warm-up rounds
            long start = System.nanoTime();
            long items = 0;
            var counts = new java.util.HashMap<String, long[]>();
            for (var basket : baskets) {
                for (var item : basket) {
                    counts.computeIfAbsent(item, k -> new long[1])[0]++;
                    items++;
                }
            }
            double f = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            var frequent = FpGrowth.mine(baskets, MinimumSupport.share(support), spark ? 100 : 10);
            var found = AssociationRules.of(frequent, RuleFilter.confidence(confidence));
            double m = (System.nanoTime() - start) / 1e9;
            if (i >= 2) {
                floor[i - 2] = f;
                mine[i - 2] = m;
            }
            rules = found.size();
            last = found;
            itemsets = frequent.itemsets().size();
            if (items == 0) {
                throw new IllegalStateException("no items");
            }
        }
        Arrays.sort(mine);
        Arrays.sort(floor);
        System.out.printf(
                "FP-growth + rules: %d itemsets, %d rules; median %.3f s (min %.3f)%n",
                itemsets, rules, Stats.median(mine), mine[0]);
        System.out.printf(
                "floor (count every item once): median %.3f s; ratio %.1f×%n",
                Stats.median(floor), Stats.median(mine) / Stats.median(floor));
        if (spark) {
            compareWithSpark(options, baskets, support, confidence, runs, itemsets, last, Stats.median(mine));
        }
    }

    /** The JVM flags Spark needs on Java 17 (those of Spark's own launcher, JavaModuleOptions). */
    static final List<String> SPARK_JVM_FLAGS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");

    private static void compareWithSpark(
            Options options,
            List<List<String>> baskets,
            double support,
            double confidence,
            int runs,
            int itemsets,
            List<dev.touchpoint.analytics.crosssell.association.AssociationRule> ours,
            double oursMedian)
            throws Exception {
        var jar = java.nio.file.Path.of(RulesBench.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        var classpathFile = java.nio.file.Path.of(options.get(
                "spark-classpath", jar.resolveSibling("spark.classpath").toString()));
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("no Spark class path at " + classpathFile
                    + ": build the bench with ./mvnw -pl touchpoint-bench -am package");
        }
        var dir = Files.createTempDirectory("bench-rules-spark");
        var input = dir.resolve("baskets.txt");
        var output = dir.resolve("rules.tsv");
        var log = dir.resolve("spark.log");
        Files.write(input, baskets.stream().map(b -> String.join(",", b)).toList());
        var command = new ArrayList<String>();
        command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
        command.add("-Xmx" + options.get("spark-heap", "6g"));
        command.addAll(SPARK_JVM_FLAGS);
        command.add("-cp");
        command.add(Files.readString(classpathFile).strip() + java.io.File.pathSeparator + jar);
        command.add(SparkRules.class.getName());
        command.add(input.toString());
        command.add(String.valueOf(support));
        command.add(String.valueOf(confidence));
        command.add(String.valueOf(runs));
        command.add(output.toString());
        var process = new ProcessBuilder(command)
                .redirectError(log.toFile())
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .start();
        var lines = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .toList();
        if (process.waitFor() != 0) {
            var tail = Files.readAllLines(log);
            throw new IllegalStateException("Spark failed (log " + log + "):\n"
                    + String.join("\n", tail.subList(Math.max(0, tail.size() - 30), tail.size())));
        }
        long sparkItemsets = 0;
        double[] seconds = new double[0];
        for (var line : lines) {
            if (line.startsWith("itemsets ")) {
                sparkItemsets = Long.parseLong(line.substring(9).strip());
            } else if (line.startsWith("seconds ")) {
                seconds = Arrays.stream(line.substring(8).strip().split(" "))
                        .mapToDouble(Double::parseDouble)
                        .toArray();
            }
        }
        // Spark's rules have one item as consequent: compare ours of that shape, rule by rule
        var mineByRule = new java.util.TreeMap<String, double[]>();
        for (var rule : ours) {
            if (rule.consequent().size() == 1) {
                var antecedent = new ArrayList<>(rule.antecedent());
                antecedent.sort(null);
                mineByRule.put(
                        String.join(" + ", antecedent) + "\t"
                                + rule.consequent().get(0),
                        new double[] {rule.confidence(), rule.lift()});
            }
        }
        var sparkByRule = new java.util.TreeMap<String, double[]>();
        for (var line : Files.readAllLines(output)) {
            var f = line.split("\t");
            sparkByRule.put(f[0] + "\t" + f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
        var differences = new ArrayList<String>();
        if (sparkItemsets != itemsets) {
            differences.add("itemsets: ours " + itemsets + ", Spark " + sparkItemsets);
        }
        if (!mineByRule.keySet().equals(sparkByRule.keySet())) {
            var onlyOurs = new java.util.TreeSet<>(mineByRule.keySet());
            onlyOurs.removeAll(sparkByRule.keySet());
            var onlySpark = new java.util.TreeSet<>(sparkByRule.keySet());
            onlySpark.removeAll(mineByRule.keySet());
            differences.add("rules only ours " + onlyOurs.size() + " " + first(onlyOurs) + ", only Spark "
                    + onlySpark.size() + " " + first(onlySpark));
        }
        for (var e : mineByRule.entrySet()) {
            var other = sparkByRule.get(e.getKey());
            if (other != null
                    && (Math.abs(e.getValue()[0] - other[0]) > 1e-9
                            || Math.abs(e.getValue()[1] - other[1]) > 1e-9 * Math.max(1, Math.abs(other[1])))) {
                differences.add("measures differ for " + e.getKey().replace('\t', '>'));
                break;
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException("results differ from Spark MLlib: " + differences);
        }
        Arrays.sort(seconds);
        double sparkMedian = Stats.median(seconds);
        System.out.printf(
                "Spark MLlib FPGrowth, local[2]: %d itemsets, %d rules (single-item consequents) — equal to ours;"
                        + " median %.3f s (min %.3f)%n",
                sparkItemsets, sparkByRule.size(), sparkMedian, seconds[0]);
        System.out.printf("ours is %.1f× faster than Spark local[2]%n", sparkMedian / oursMedian);
    }

    private static String first(java.util.SortedSet<String> keys) {
        return keys.isEmpty() ? "" : "(e.g. " + keys.first().replace('\t', '>') + ")";
    }

    private static List<List<String>> groceries() throws Exception {
        var baskets = new ArrayList<List<String>>();
        for (var line : Files.readAllLines(SharedData.dataFile("groceries/groceries.csv"))) {
            if (!line.isBlank()) {
                baskets.add(Arrays.stream(line.split(",")).map(String::strip).toList());
            }
        }
        return baskets;
    }

    /**
     * Orders of a dealership-like catalogue (seeded): 60 products with skewed popularity, one to five
     * lines, and bundles — a model's accessory with the car, insurance with every car.
     */
    static List<List<String>> synthetic(int n) {
        var random = new Random(20261203L);
        var baskets = new ArrayList<List<String>>(n);
        for (int i = 0; i < n; i++) {
            var basket = new ArrayList<String>(5);
            if (random.nextDouble() < 0.12) {
                int model = random.nextInt(8);
                basket.add("CAR-" + model);
                basket.add("INS-CTPL");
                if (random.nextDouble() < 0.8) {
                    basket.add("INS-COMM");
                }
                if (random.nextDouble() < 0.6) {
                    basket.add("ACC-" + (random.nextDouble() < 0.6 ? model : random.nextInt(20)));
                }
            } else {
                int lines = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 0.8);
                for (int l = 0; l < Math.min(lines, 5); l++) {
                    int p = (int) Math.floor(Math.pow(random.nextDouble(), 2.2) * 60);
                    basket.add("P-" + p);
                }
            }
            baskets.add(basket);
        }
        return baskets;
    }
}
