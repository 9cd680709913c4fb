package dev.touchpoint.analytics.cli;

import dev.touchpoint.analytics.value.pareto.ParetoCurve;
import dev.touchpoint.analytics.value.pareto.ParetoPoint;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code pareto}: the profit curve over customers and the 80/20 figures. */
final class ParetoCommand {

    static final String HELP = "usage: java -jar touchpoint-analytics.jar pareto --transactions FILE ... [options]\n\n"
            + "The amount column is gross profit; it is summed per customer. Prints JSON\n"
            + "{customers, totalProfit, topCustomerShare, topProfitShare, targetProfitShare,\n"
            + " customerShareForTarget, curve:[{customerShare, profitShare}]}\n\n"
            + TransactionInput.HELP
            + "  --allow-negative       accept negative profit (loss-making lines)\n"
            + "  --top-share f          customer share whose profit share is reported (default 0.2)\n"
            + "  --profit-share s       profit share whose customer share is reported (default 0.8)\n"
            + "  --points N             curve sampled at N + 1 evenly spaced customer shares (default 100)\n";

    private static final Set<String> OPTIONS = options();
    private static final Set<String> FLAGS = flags();

    private ParetoCommand() {}

    private static Set<String> options() {
        Set<String> all = new HashSet<>(TransactionInput.OPTIONS);
        all.addAll(Set.of("top-share", "profit-share", "points"));
        return all;
    }

    private static Set<String> flags() {
        Set<String> all = new HashSet<>(TransactionInput.FLAGS);
        all.add("allow-negative");
        return all;
    }

    static ObjectNode run(String[] argv) throws UsageException {
        Arguments args = Arguments.parse(argv, 1, OPTIONS, FLAGS);
        double top = args.number("top-share", ParetoCurve.TOP_SHARE);
        double target = args.number("profit-share", 0.8);
        int points = args.integer("points", 100);
        ParetoCurve curve = ParetoCurve.ofTransactions(TransactionInput.read(
                        args,
                        args.has("allow-negative")
                                ? TransactionInput.Negatives.KEEP
                                : TransactionInput.Negatives.REFUSE)
                .transactions());
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("customers", curve.customers())
                .put("totalProfit", curve.total())
                .put("topCustomerShare", top)
                .put("topProfitShare", curve.profitShare(top))
                .put("targetProfitShare", target)
                .put("customerShareForTarget", curve.customerShareFor(target));
        ArrayNode array = root.putArray("curve");
        for (ParetoPoint p : curve.sample(points)) {
            array.addObject().put("customerShare", p.customerShare()).put("profitShare", p.profitShare());
        }
        return root;
    }
}
