package dev.touchpoint.analytics.cli;

import dev.touchpoint.analytics.crosssell.sequence.PrefixSpan;
import dev.touchpoint.analytics.crosssell.sequence.SequenceElement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code sequences}: frequent sequential patterns by PrefixSpan. */
final class SequencesCommand {

    static final String HELP = "usage: java -jar touchpoint-analytics.jar sequences --transactions FILE\n"
            + "       --customer-col C --date-col D --item-col I --min-support S [options]\n\n"
            + "Each customer's rows become a sequence of days (the items bought on one day form one\n"
            + "element). Prints JSON {customers, patterns:[{pattern:[[\"a\"],[\"b\",\"c\"]], count,\n"
            + "support, medianDelayDays}]}, patterns by length then by name; medianDelayDays (for a\n"
            + "pattern ending in one item after an earlier element) is the median shortest delay.\n\n"
            + "  --transactions FILE    a CSV with one item per row (UTF-8 or GBK)\n"
            + "  --customer-col C       customer column: header name or 1-based number\n"
            + "  --date-col D           date column\n"
            + "  --item-col I           item column\n"
            + "  --date-format F        java.time patterns separated by | (default "
            + TransactionInput.DEFAULT_DATE_FORMATS + ")\n"
            + "  --delimiter D          auto (default), comma, tab, semicolon, whitespace, or one character\n"
            + "  --min-support S        a share (0 < S ≤ 1) of the customers, or a count (S > 1)\n"
            + "  --max-length K         most items in a pattern (default 5)\n"
            + "  --max-gap-days G       most days between consecutive elements of a match (default: none)\n";

    private static final Set<String> OPTIONS = Set.of(
            "transactions",
            "customer-col",
            "date-col",
            "item-col",
            "date-format",
            "delimiter",
            "min-support",
            "max-length",
            "max-gap-days");
    private static final Set<String> FLAGS = Set.of("help");

    private SequencesCommand() {}

    static ObjectNode run(String[] argv) throws UsageException {
        Arguments args = Arguments.parse(argv, 1, OPTIONS, FLAGS);
        var support = RulesCommand.support(args.number("min-support", Double.NaN), "min-support");
        int maxLength = RulesCommand.positive(args.integer("max-length", 5), "max-length");
        Long maxGap = null;
        if (args.has("max-gap-days")) {
            int gap = args.integer("max-gap-days", 0);
            if (gap < 0) {
                throw new UsageException("option --max-gap-days must not be negative, was " + gap);
            }
            maxGap = (long) gap;
        }
        Table table = Table.read(Path.of(args.required("transactions")), args.string("delimiter", "auto"), null);
        int customerCol = table.column(args.required("customer-col"));
        int dateCol = table.column(args.required("date-col"));
        int itemCol = table.column(args.required("item-col"));
        var formats = TransactionInput.formatters(args.string("date-format", TransactionInput.DEFAULT_DATE_FORMATS));
        Map<String, TreeMap<LocalDate, TreeSet<String>>> customers = new HashMap<>();
        for (Table.Row row : table.rows()) {
            String customer = table.field(row, customerCol);
            if (customer.isEmpty()) {
                throw UsageException.at(table.file(), row.line(), table.label(customerCol), "empty customer id");
            }
            LocalDate date = TransactionInput.parseDate(table, row, dateCol, formats);
            String item = table.field(row, itemCol);
            if (item.isEmpty()) {
                throw UsageException.at(table.file(), row.line(), table.label(itemCol), "empty item");
            }
            customers
                    .computeIfAbsent(customer, c -> new TreeMap<>())
                    .computeIfAbsent(date, d -> new TreeSet<>())
                    .add(item);
        }
        var miner = new PrefixSpan(support, maxLength, maxGap);
        for (var days : customers.values()) {
            var sequence = new ArrayList<SequenceElement>();
            days.forEach((date, items) -> sequence.add(SequenceElement.of(date, items)));
            miner.add(sequence);
        }
        var patterns = miner.mine();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("customers", patterns.customers());
        ArrayNode array = root.putArray("patterns");
        for (var pattern : patterns.patterns()) {
            ObjectNode node = array.addObject();
            ArrayNode elements = node.putArray("pattern");
            pattern.elements().forEach(e -> e.forEach(elements.addArray()::add));
            node.put("count", pattern.count()).put("support", pattern.support());
            if (pattern.medianDelayDays() != null) {
                node.put("medianDelayDays", pattern.medianDelayDays());
            }
        }
        return root;
    }
}
