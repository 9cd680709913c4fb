package dev.touchpoint.analytics.cli;

import dev.touchpoint.analytics.value.clv.BgNbdFit;
import dev.touchpoint.analytics.value.clv.BgNbdFitter;
import dev.touchpoint.analytics.value.clv.BgNbdModel;
import dev.touchpoint.analytics.value.clv.CustomerSummaries;
import dev.touchpoint.analytics.value.clv.CustomerSummary;
import dev.touchpoint.analytics.value.clv.DiscountOptions;
import dev.touchpoint.analytics.value.clv.GammaGammaFit;
import dev.touchpoint.analytics.value.clv.GammaGammaFitter;
import dev.touchpoint.analytics.value.clv.LifetimeValue;
import dev.touchpoint.analytics.value.clv.PeriodUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code clv}: fits BG/NBD and Gamma-Gamma and prints per-customer P(alive), purchases and CLV. */
final class ClvCommand {

  static final String HELP =
      "usage: java -jar touchpoint-analytics.jar clv (--transactions FILE ... | --summary FILE ...) [options]\n\n"
          + "Fits BG/NBD (purchases) and Gamma-Gamma (spend) and prints JSON:\n"
          + "{\"bgnbd\":{r,alpha,a,b,logLikelihood},\"gammaGamma\":{p,q,gamma},\"customers\":[...]}\n\n"
          + "transactions input:\n" + TransactionInput.HELP
          + "  --calibration-end D    last day used, YYYY-MM-DD (required with --transactions)\n"
          + "  --unit day|week        unit of recency, T and horizons (default week)\n\n"
          + "summary input:\n" + SummaryInput.HELP
          + "  --delimiter, --no-header as for transactions\n\n"
          + "forecast and value:\n"
          + "  --horizon N            periods for expectedPurchases (default 1)\n"
          + "  --clv-periods N        discounting periods in the CLV sum (default 12)\n"
          + "  --period-length L      units per discounting period (default 1; 4.345 weeks = a month)\n"
          + "  --discount-rate d      discount rate per period (default 0.01)\n"
          + "  --margin m             profit margin applied to spend, 0..1 (default 1)\n";

  private static final Set<String> OPTIONS = options();

  private ClvCommand() {}

  static Set<String> options() {
    Set<String> all = new HashSet<>(TransactionInput.OPTIONS);
    all.addAll(SummaryInput.OPTIONS);
    all.addAll(Set.of("calibration-end", "unit", "horizon", "clv-periods", "period-length",
        "discount-rate", "margin"));
    return all;
  }

  static ObjectNode run(String[] argv) throws UsageException {
    Arguments args = Arguments.parse(argv, 1, OPTIONS, TransactionInput.FLAGS);
    double horizon = args.number("horizon", 1);
    DiscountOptions discount = discountOptions(args);
    SummaryInput.Result input = summaries(args);
    BgNbdFit purchases = BgNbdFitter.fit(input.summaries());
    GammaGammaFit spend = input.hasMonetary() ? GammaGammaFitter.fit(input.summaries()) : null;
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    writeBgNbd(root.putObject("bgnbd"), purchases);
    if (spend == null) {
      root.putNull("gammaGamma");
    } else {
      root.putObject("gammaGamma").put("p", spend.model().p()).put("q", spend.model().q())
          .put("gamma", spend.model().gamma());
    }
    ArrayNode customers = root.putArray("customers");
    for (CustomerSummary c : input.summaries()) {
      customers.add(customer(c, purchases.model(), spend, horizon, discount));
    }
    return root;
  }

  private static SummaryInput.Result summaries(Arguments args) throws UsageException {
    if (args.has("summary") == args.has("transactions")) {
      throw new UsageException("give exactly one of --transactions FILE or --summary FILE");
    }
    if (args.has("summary")) {
      return SummaryInput.read(args);
    }
    PeriodUnit unit = args.choice("unit", PeriodUnit.class, PeriodUnit.WEEK);
    List<CustomerSummary> summaries =
        CustomerSummaries.of(TransactionInput.read(args, false), args.date("calibration-end"), unit);
    if (summaries.isEmpty()) {
      throw new UsageException("no transaction on or before --calibration-end");
    }
    return new SummaryInput.Result(summaries, true);
  }

  private static DiscountOptions discountOptions(Arguments args) throws UsageException {
    try {
      return DiscountOptions.of(args.integer("clv-periods", 12), args.number("period-length", 1),
          args.number("discount-rate", 0.01), args.number("margin", 1));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static void writeBgNbd(ObjectNode node, BgNbdFit fit) {
    BgNbdModel m = fit.model();
    node.put("r", m.r()).put("alpha", m.alpha()).put("a", m.a()).put("b", m.b())
        .put("logLikelihood", fit.logLikelihood());
  }

  private static ObjectNode customer(
      CustomerSummary c, BgNbdModel purchases, GammaGammaFit spend, double horizon, DiscountOptions d) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", c.id()).put("frequency", c.frequency()).put("recency", c.recency()).put("T", c.age())
        .put("pAlive", purchases.probabilityAlive(c))
        .put("expectedPurchases", purchases.expectedPurchases(horizon, c));
    if (spend == null) {
      node.putNull("expectedAverageValue").putNull("clv");
    } else {
      node.put("expectedAverageValue", spend.model().expectedAverageValue(c))
          .put("clv", LifetimeValue.of(purchases, spend.model(), c, d));
    }
    return node;
  }
}
