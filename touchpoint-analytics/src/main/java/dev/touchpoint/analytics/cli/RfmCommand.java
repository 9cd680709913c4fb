package dev.touchpoint.analytics.cli;

import dev.touchpoint.analytics.value.Transaction;
import dev.touchpoint.analytics.value.rfm.MonetaryMeasure;
import dev.touchpoint.analytics.value.rfm.RfmAnalysis;
import dev.touchpoint.analytics.value.rfm.RfmCustomer;
import dev.touchpoint.analytics.value.rfm.RfmOptions;
import dev.touchpoint.analytics.value.rfm.RfmResult;
import dev.touchpoint.analytics.value.rfm.SegmentThreshold;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code rfm}: per-customer recency, frequency, monetary, quintile scores and segment. */
final class RfmCommand {

    static final String HELP = "usage: java -jar touchpoint-analytics.jar rfm --transactions FILE ... [options]\n\n"
            + "Prints JSON {asOf, monetary, threshold, thresholds{recency,frequency,monetary},\n"
            + "customers:[{id, recency, frequency, monetary, r, f, m, code, segment, segmentZh, segmentEn}]}\n\n"
            + TransactionInput.HELP
            + "  --as-of D              date recency is measured to, YYYY-MM-DD (default: latest date)\n"
            + "  --monetary sum|mean    M as the sum (default) or the mean of the amounts\n"
            + "  --threshold mean|median  high/low split for the eight segments (default mean)\n";

    private static final Set<String> OPTIONS = options();

    private RfmCommand() {}

    private static Set<String> options() {
        Set<String> all = new HashSet<>(TransactionInput.OPTIONS);
        all.addAll(Set.of("as-of", "monetary", "threshold"));
        return all;
    }

    static ObjectNode run(String[] argv) throws UsageException {
        Arguments args = Arguments.parse(argv, 1, OPTIONS, TransactionInput.FLAGS);
        RfmOptions options = RfmOptions.of(
                args.choice("monetary", MonetaryMeasure.class, MonetaryMeasure.SUM),
                args.choice("threshold", SegmentThreshold.class, SegmentThreshold.MEAN));
        TransactionInput.Input input = TransactionInput.read(args, TransactionInput.Negatives.LEAVE_OUT);
        List<Transaction> transactions = input.transactions();
        if (transactions.isEmpty()) {
            ObjectNode empty = JsonNodeFactory.instance.objectNode();
            empty.putArray("customers");
            Warnings.write(empty, input.warnings());
            return empty;
        }
        LocalDate asOf = args.has("as-of") ? args.date("as-of") : latest(transactions);
        ObjectNode root = json(RfmAnalysis.of(transactions, asOf, options));
        Warnings.write(root, input.warnings());
        return root;
    }

    private static LocalDate latest(List<Transaction> transactions) {
        return transactions.stream()
                .map(Transaction::date)
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    private static ObjectNode json(RfmResult result) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("asOf", result.asOf().toString())
                .put("monetary", result.options().monetary().name().toLowerCase())
                .put("threshold", result.options().threshold().name().toLowerCase());
        root.putObject("thresholds")
                .put("recency", result.recencyThreshold())
                .put("frequency", result.frequencyThreshold())
                .put("monetary", result.monetaryThreshold());
        ArrayNode customers = root.putArray("customers");
        for (RfmCustomer c : result.customers()) {
            customers
                    .addObject()
                    .put("id", c.id())
                    .put("recency", c.recency())
                    .put("frequency", c.frequency())
                    .put("monetary", c.monetary())
                    .put("r", c.recencyScore())
                    .put("f", c.frequencyScore())
                    .put("m", c.monetaryScore())
                    .put("code", c.code())
                    .put("segment", c.segment().name())
                    .put("segmentZh", c.segment().zh())
                    .put("segmentEn", c.segment().en());
        }
        return root;
    }
}
