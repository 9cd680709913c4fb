package dev.touchpoint.analytics.cli;

import dev.touchpoint.analytics.value.clv.CustomerSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads precomputed (x, t<sub>x</sub>, T, m̄) summaries from {@code --summary FILE}. */
final class SummaryInput {

    static final Set<String> OPTIONS =
            Set.of("summary", "id-col", "frequency-col", "recency-col", "t-col", "monetary-col");
    static final String HELP = """
        --summary FILE         per-customer summary (instead of --transactions)
        --id-col C             default ID
        --frequency-col C      x, repeat purchases (whole number), default frequency
        --recency-col C        t_x, default recency
        --t-col C              T, default T
        --monetary-col C       mean repeat spend, default monetary_value; when the default column
                               is absent, Gamma-Gamma and CLV are skipped (printed as null)
      """;

    /** The summaries and whether they carry spend. */
    record Result(List<CustomerSummary> summaries, boolean hasMonetary) {}

    private SummaryInput() {}

    static Result read(Arguments args) throws UsageException {
        Table table = Table.read(
                Path.of(args.required("summary")),
                args.string("delimiter", "auto"),
                args.has("no-header") ? Boolean.FALSE : Boolean.TRUE);
        int id = table.column(args.string("id-col", "ID"));
        int x = table.column(args.string("frequency-col", "frequency"));
        int tx = table.column(args.string("recency-col", "recency"));
        int age = table.column(args.string("t-col", "T"));
        boolean hasMonetary = args.has("monetary-col") || table.hasColumn("monetary_value");
        int m = hasMonetary ? table.column(args.string("monetary-col", "monetary_value")) : -1;
        List<CustomerSummary> out = new ArrayList<>(table.rows().size());
        for (Table.Row row : table.rows()) {
            int frequency = wholeNumber(table, row, x);
            double monetary = hasMonetary ? table.number(row, m) : 0;
            try {
                out.add(CustomerSummary.of(
                        table.field(row, id), frequency, table.number(row, tx), table.number(row, age), monetary));
            } catch (IllegalArgumentException e) {
                throw new UsageException(table.file() + ": line " + row.line() + ": " + e.getMessage());
            }
        }
        return new Result(out, hasMonetary);
    }

    private static int wholeNumber(Table table, Table.Row row, int column) throws UsageException {
        double value = table.number(row, column);
        if (value != Math.rint(value) || value < 0) {
            throw UsageException.at(
                    table.file(),
                    row.line(),
                    table.label(column),
                    "frequency must be a whole number >= 0, was " + value);
        }
        return (int) value;
    }
}
