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
 * that only counts its items (the one pass over the input any miner needs).
 */
final class RulesBench {

    private RulesBench() {}

    static void run(Options options) throws Exception {
        int orders = options.getInt("orders", 0);
        double support = Double.parseDouble(options.get("min-support", orders > 0 ? "0.001" : "0.001"));
        double confidence = Double.parseDouble(options.get("min-confidence", "0.1"));
        int runs = options.getInt("runs", 5);
        List<List<String>> baskets = orders > 0 ? synthetic(orders) : groceries();
        System.out.printf(
                "%d baskets, %d items in all; min support %s, min confidence %s%n",
                baskets.size(), baskets.stream().mapToInt(List::size).sum(), support, confidence);
        double[] mine = new double[runs];
        double[] floor = new double[runs];
        int rules = 0;
        int itemsets = 0;
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
            var frequent = FpGrowth.mine(baskets, MinimumSupport.share(support), 10);
            var found = AssociationRules.of(frequent, RuleFilter.confidence(confidence));
            double m = (System.nanoTime() - start) / 1e9;
            if (i >= 2) {
                floor[i - 2] = f;
                mine[i - 2] = m;
            }
            rules = found.size();
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
