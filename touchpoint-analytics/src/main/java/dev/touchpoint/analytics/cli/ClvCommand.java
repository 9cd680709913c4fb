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
import dev.touchpoint.analytics.value.clv.SpendForecast;
import java.time.LocalDate;
import java.util.ArrayList;
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
                    + "{\"bgnbd\":{r,alpha,a,b,logLikelihood,customers},\n"
                    + " \"gammaGamma\":{p,q,gamma,logLikelihood,customers,withoutSpend,populationMean},\n"
                    + " \"customers\":[...],\"warnings\":[...]}; a summary line goes to standard error.\n"
                    + "Returns (negative amounts) are left out; customers whose repeat purchases sum to 0 stay in\n"
                    + "BG/NBD, are left out of Gamma-Gamma and get the population mean spend.\n\n"
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
        all.addAll(Set.of(
                "calibration-end", "unit", "horizon", "clv-periods", "period-length", "discount-rate", "margin"));
        return all;
    }

    /**
     * Runs the command; a one-line summary of what each model used goes to {@code summary}.
     *
     * @param argv the command line
     * @param summary where the summary line goes (standard error)
     */
    static ObjectNode run(String[] argv, java.io.PrintStream summary) throws UsageException {
        Arguments args = Arguments.parse(argv, 1, OPTIONS, TransactionInput.FLAGS);
        double horizon = args.number("horizon", 1);
        DiscountOptions discount = discountOptions(args);
        List<String> warnings = new ArrayList<>();
        SummaryInput.Result input = summaries(args, warnings);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (input.summaries().isEmpty()) {
            root.putNull("bgnbd").putNull("gammaGamma");
            root.putArray("customers");
            Warnings.write(root, warnings);
            summary.println("clv: no customers, nothing to fit");
            return root;
        }
        BgNbdFit purchases = BgNbdFitter.fit(input.summaries());
        GammaGammaFit spend = input.hasMonetary() ? spendFit(input.summaries(), warnings) : null;
        SpendForecast forecast = spend == null ? null : SpendForecast.of(spend.model(), input.summaries());
        writeBgNbd(root.putObject("bgnbd"), purchases);
        if (spend == null) {
            root.putNull("gammaGamma");
        } else {
            root.putObject("gammaGamma")
                    .put("p", spend.model().p())
                    .put("q", spend.model().q())
                    .put("gamma", spend.model().gamma())
                    .put("logLikelihood", spend.logLikelihood())
                    .put("customers", spend.customers())
                    .put("withoutSpend", spend.withoutSpend())
                    .put("populationMean", forecast.populationMean());
            if (spend.withoutSpend() > 0) {
                warnings.add(
                        spend.withoutSpend() + " customers have repeat purchases that sum to 0: they stay in BG/NBD, "
                                + "are left out of the Gamma-Gamma fit, and their expected spend is the population mean "
                                + String.format(java.util.Locale.ROOT, "%.2f", forecast.populationMean()));
            }
            if (!forecast.usesModel()) {
                warnings.add(
                        "Gamma-Gamma q <= 1 (its mean spend is infinite): expected spend is each customer's own mean "
                                + "repeat spend, or the plain mean for the others");
            }
        }
        ArrayNode customers = root.putArray("customers");
        // customers with the same (x, t_x, T) share P(alive) and their expected purchases
        java.util.Map<java.util.List<Double>, double[]> byHistory = new java.util.HashMap<>();
        for (CustomerSummary c : input.summaries()) {
            double[] shared = byHistory.computeIfAbsent(
                    java.util.List.of((double) c.frequency(), c.recency(), c.age()), key -> new double[] {
                        purchases.model().probabilityAlive(c),
                        purchases.model().expectedPurchases(horizon, c),
                        LifetimeValue.discountedPurchases(purchases.model(), c, discount)
                    });
            customers.add(customer(c, shared, forecast, discount));
        }
        Warnings.write(root, warnings);
        summary.println("clv: " + input.summaries().size() + " customers; BG/NBD fitted on " + purchases.customers()
                + (spend == null
                        ? "; no spend column, Gamma-Gamma skipped"
                        : "; Gamma-Gamma on " + spend.customers() + " repeat customers"
                                + (spend.withoutSpend() > 0
                                        ? " (" + spend.withoutSpend() + " with zero repeat spend left out)"
                                        : ""))
                + (warnings.isEmpty() ? "" : "; " + warnings.size() + " warnings in the JSON"));
        return root;
    }

    private static GammaGammaFit spendFit(List<CustomerSummary> summaries, List<String> warnings) {
        if (summaries.stream().noneMatch(GammaGammaFitter::usable)) {
            warnings.add("no customer has a repeat purchase of positive value: Gamma-Gamma and CLV are skipped");
            return null;
        }
        return GammaGammaFitter.fit(summaries);
    }

    private static SummaryInput.Result summaries(Arguments args, List<String> warnings) throws UsageException {
        if (args.has("summary") == args.has("transactions")) {
            throw new UsageException("give exactly one of --transactions FILE or --summary FILE");
        }
        if (args.has("summary")) {
            return SummaryInput.read(args);
        }
        PeriodUnit unit = args.choice("unit", PeriodUnit.class, PeriodUnit.WEEK);
        LocalDate end = args.date("calibration-end");
        TransactionInput.Input input = TransactionInput.read(args, TransactionInput.Negatives.LEAVE_OUT);
        warnings.addAll(input.warnings());
        long later =
                input.transactions().stream().filter(t -> t.date().isAfter(end)).count();
        if (later > 0) {
            warnings.add(later + " transactions after --calibration-end " + end + " were not used");
        }
        List<CustomerSummary> summaries = CustomerSummaries.of(input.transactions(), end, unit);
        if (summaries.isEmpty() && !input.transactions().isEmpty()) {
            warnings.add("no transaction on or before --calibration-end " + end);
        }
        return new SummaryInput.Result(summaries, true);
    }

    private static DiscountOptions discountOptions(Arguments args) throws UsageException {
        try {
            return DiscountOptions.of(
                    args.integer("clv-periods", 12),
                    args.number("period-length", 1),
                    args.number("discount-rate", 0.01),
                    args.number("margin", 1));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void writeBgNbd(ObjectNode node, BgNbdFit fit) {
        BgNbdModel m = fit.model();
        node.put("r", m.r())
                .put("alpha", m.alpha())
                .put("a", m.a())
                .put("b", m.b())
                .put("logLikelihood", fit.logLikelihood())
                .put("customers", fit.customers());
    }

    /** @param shared P(alive), expected purchases over the horizon and discounted purchases */
    private static ObjectNode customer(CustomerSummary c, double[] shared, SpendForecast spend, DiscountOptions d) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", c.id())
                .put("frequency", c.frequency())
                .put("recency", c.recency())
                .put("T", c.age())
                .put("pAlive", shared[0])
                .put("expectedPurchases", shared[1]);
        if (spend == null) {
            node.putNull("expectedAverageValue").putNull("clv");
        } else {
            double expected = spend.expected(c);
            node.put("expectedAverageValue", expected).put("clv", expected * d.margin() * shared[2]);
        }
        return node;
    }
}
