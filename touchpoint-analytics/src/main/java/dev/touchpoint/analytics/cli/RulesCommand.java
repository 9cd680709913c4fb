package dev.touchpoint.analytics.cli;

import dev.touchpoint.analytics.crosssell.association.AssociationRules;
import dev.touchpoint.analytics.crosssell.association.FpGrowth;
import dev.touchpoint.analytics.crosssell.association.MinimumSupport;
import dev.touchpoint.analytics.crosssell.association.RuleFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code rules}: frequent itemsets by FP-growth and association rules. */
final class RulesCommand {

    static final String HELP = "usage: java -jar touchpoint-analytics.jar rules (--baskets FILE | --transactions FILE\n"
            + "       --basket-col B --item-col I) --min-support S --min-confidence C [options]\n\n"
            + "Prints JSON {transactions, itemsets, rules:[{antecedent, consequent, count, support,\n"
            + " confidence, lift, leverage, conviction}]}, rules by lift, then confidence, descending;\n"
            + "items sorted by name in each list; conviction null when the rule never fails.\n\n"
            + "  --baskets FILE         one basket per line, items separated by commas (UTF-8 or GBK)\n"
            + "  --transactions FILE    a CSV with one item per row; rows with the same basket id form\n"
            + "                         one basket\n"
            + "  --basket-col B         basket id column: header name or 1-based number\n"
            + "  --item-col I           item column: header name or 1-based number\n"
            + "  --delimiter D          of --transactions: auto (default), comma, tab, semicolon, ...\n"
            + "  --min-support S        a share (0 < S ≤ 1) of the baskets, or a count (S > 1)\n"
            + "  --min-confidence C     0 ≤ C ≤ 1\n"
            + "  --min-lift L           keep rules with lift ≥ L (default 0)\n"
            + "  --max-length K         largest itemset mined (default 10)\n"
            + "  --max-antecedent A     most items on the left of a rule (default: no limit)\n"
            + "  --max-consequent M     most items on the right (default 1, as in arules and Spark)\n";

    private static final Set<String> OPTIONS = Set.of(
            "baskets",
            "transactions",
            "basket-col",
            "item-col",
            "delimiter",
            "min-support",
            "min-confidence",
            "min-lift",
            "max-length",
            "max-antecedent",
            "max-consequent");
    private static final Set<String> FLAGS = Set.of("help");

    private RulesCommand() {}

    static ObjectNode run(String[] argv) throws UsageException {
        Arguments args = Arguments.parse(argv, 1, OPTIONS, FLAGS);
        MinimumSupport support = support(args.number("min-support", Double.NaN), "min-support");
        double confidence = args.number("min-confidence", Double.NaN);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new UsageException("option --min-confidence needs a number within [0, 1]");
        }
        int maxLength = positive(args.integer("max-length", 10), "max-length");
        var filter = RuleFilter.confidence(confidence)
                .withMinLift(args.number("min-lift", 0))
                .withMaxAntecedent(positive(args.integer("max-antecedent", Integer.MAX_VALUE), "max-antecedent"))
                .withMaxConsequent(positive(args.integer("max-consequent", 1), "max-consequent"));
        var miner = new FpGrowth(support, maxLength);
        if (args.has("baskets") == args.has("transactions")) {
            throw new UsageException("give either --baskets FILE or --transactions FILE");
        }
        if (args.has("baskets")) {
            Table table = Table.read(Path.of(args.required("baskets")), "comma", Boolean.FALSE);
            for (Table.Row row : table.rows()) {
                var basket = new ArrayList<String>(row.fields().length);
                for (int i = 0; i < row.fields().length; i++) {
                    String item = row.fields()[i].strip();
                    if (item.isEmpty()) {
                        throw UsageException.at(table.file(), row.line(), "#" + (i + 1), "empty item");
                    }
                    basket.add(item);
                }
                miner.add(basket);
            }
        } else {
            Table table = Table.read(Path.of(args.required("transactions")), args.string("delimiter", "auto"), null);
            int basketCol = table.column(args.required("basket-col"));
            int itemCol = table.column(args.required("item-col"));
            Map<String, List<String>> baskets = new LinkedHashMap<>();
            for (Table.Row row : table.rows()) {
                String id = table.field(row, basketCol);
                String item = table.field(row, itemCol);
                if (id.isEmpty()) {
                    throw UsageException.at(table.file(), row.line(), table.label(basketCol), "empty basket id");
                }
                if (item.isEmpty()) {
                    throw UsageException.at(table.file(), row.line(), table.label(itemCol), "empty item");
                }
                baskets.computeIfAbsent(id, k -> new ArrayList<>()).add(item);
            }
            baskets.values().forEach(miner::add);
        }
        var itemsets = miner.mine();
        var rules = AssociationRules.of(itemsets, filter);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("transactions", itemsets.baskets())
                .put("itemsets", itemsets.itemsets().size());
        ArrayNode array = root.putArray("rules");
        for (var rule : rules) {
            ObjectNode node = array.addObject();
            rule.antecedent().forEach(node.putArray("antecedent")::add);
            rule.consequent().forEach(node.putArray("consequent")::add);
            node.put("count", rule.count())
                    .put("support", rule.support())
                    .put("confidence", rule.confidence())
                    .put("lift", rule.lift())
                    .put("leverage", rule.leverage());
            if (Double.isInfinite(rule.conviction())) {
                node.putNull("conviction");
            } else {
                node.put("conviction", rule.conviction());
            }
        }
        return root;
    }

    /** A share (0, 1] or a count &gt; 1. */
    static MinimumSupport support(double value, String option) throws UsageException {
        if (Double.isNaN(value)) {
            throw new UsageException("missing required option --" + option);
        }
        if (value > 0 && value <= 1) {
            return MinimumSupport.share(value);
        }
        if (value > 1 && value == Math.rint(value)) {
            return MinimumSupport.count((long) value);
        }
        throw new UsageException("option --" + option + " needs a share in (0, 1] or a whole count, was " + value);
    }

    static int positive(int value, String option) throws UsageException {
        if (value < 1) {
            throw new UsageException("option --" + option + " needs a number ≥ 1, was " + value);
        }
        return value;
    }
}
