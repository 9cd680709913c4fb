package dev.touchpoint.analytics.cli;

import dev.touchpoint.analytics.value.Transaction;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads transactions from {@code --transactions FILE} and its column options, taking real files as
 * they come (see {@link Table}) and saying in {@link Input#warnings()} what it did with rows that are
 * readable but unusual: returns (negative amounts), purchases of 0, rows repeated exactly.
 */
final class TransactionInput {

    /** What to do with a negative amount. */
    enum Negatives {
        /** Refuse the file, naming line and column (a Pareto curve of revenue). */
        REFUSE,
        /** Keep it (loss-making lines in a profit curve). */
        KEEP,
        /** A return: leave the row out of purchase counts and spend, and say how many (RFM, CLV). */
        LEAVE_OUT
    }

    /** The transactions read and what the reader noticed. */
    record Input(List<Transaction> transactions, List<String> warnings) {}

    static final Set<String> OPTIONS =
            Set.of("transactions", "delimiter", "customer-col", "date-col", "amount-col", "date-format");
    static final Set<String> FLAGS = Set.of("no-header", "header", "help");
    static final String DEFAULT_DATE_FORMATS = "yyyy-MM-dd|yyyy/M/d|yyyy.M.d|yyyyMMdd";
    static final String HELP = """
        --transactions FILE    input file, one transaction per line (UTF-8 or GBK; LF or CRLF)
        --delimiter D          auto (default: from the first line), comma, tab, semicolon,
                               whitespace, or one character
        --header, --no-header  whether the first line is a header (default: detected, a first
                               line without any number is a header)
        --customer-col C       customer id column: header name or 1-based number (default: a
                               header like customer/id/客户, else column 1)
        --date-col C           date column (default: a header like date/日期, else column 2)
        --amount-col C         amount column (default: a header like amount/value/sales/金额,
                               else the last column); negative amounts are returns (see below)
        --date-format F        java.time patterns of the dates separated by |, tried in order
                               (default yyyy-MM-dd|yyyy/M/d|yyyy.M.d|yyyyMMdd); a time after the
                               date ("2024-03-01 10:15", "2024-03-01T10:15:00") is ignored
      """;

    private TransactionInput() {}

    static Input read(Arguments args, Negatives negatives) throws UsageException {
        Table table = Table.read(
                Path.of(args.required("transactions")),
                args.string("delimiter", "auto"),
                args.has("no-header") ? Boolean.FALSE : args.has("header") ? Boolean.TRUE : null);
        List<String> warnings = new ArrayList<>();
        List<Transaction> out = new ArrayList<>(table.rows().size());
        if (table.rows().isEmpty()) {
            warnings.add("the file " + table.file() + " has no data lines");
            return new Input(out, warnings);
        }
        int customer = column(table, args, "customer-col", 0, "customer", "客户", "会员", "id");
        int date = column(table, args, "date-col", 1, "date", "日期", "day", "time", "时间");
        int amount = column(
                table,
                args,
                "amount-col",
                table.width() - 1,
                "amount",
                "value",
                "revenue",
                "sales",
                "spend",
                "price",
                "金额",
                "销售额",
                "dollar");
        List<DateTimeFormatter> formats = formatters(args.string("date-format", DEFAULT_DATE_FORMATS));
        int returns = 0;
        int zeros = 0;
        int repeated = 0;
        Set<String> seen = new HashSet<>();
        for (Table.Row row : table.rows()) {
            String id = table.field(row, customer);
            if (id.isEmpty()) {
                throw UsageException.at(table.file(), row.line(), table.label(customer), "empty customer id");
            }
            LocalDate day = parseDate(table, row, date, formats);
            double value = table.number(row, amount);
            if (value < 0 && negatives == Negatives.REFUSE) {
                throw UsageException.at(table.file(), row.line(), table.label(amount), "negative amount " + value);
            }
            if (value < 0 && negatives == Negatives.LEAVE_OUT) {
                returns++;
                continue;
            }
            zeros += value == 0 ? 1 : 0;
            repeated += seen.add(id + '\u0000' + day + '\u0000' + value) ? 0 : 1;
            out.add(Transaction.of(id, day, value));
        }
        if (returns > 0) {
            warnings.add(returns + " rows with a negative amount are returns and were left out (they neither count "
                    + "as purchases nor reduce spend)");
        }
        if (zeros > 0) {
            warnings.add(zeros + " purchases have an amount of 0; they count as purchases");
        }
        if (repeated > 0) {
            warnings.add(repeated + " rows repeat an earlier row exactly (customer, day, amount); they were kept, and "
                    + "purchases of one customer on one day count as one purchase of their total");
        }
        return new Input(out, warnings);
    }

    static int column(Table table, Arguments args, String option, int fallback, String... hints) throws UsageException {
        if (args.has(option)) {
            return table.column(args.required(option));
        }
        int guessed = table.guess(hints);
        if (guessed >= 0) {
            return guessed;
        }
        if (table.hasHeader()) {
            throw new UsageException("cannot tell which column is meant for --" + option + " (header is "
                    + table.header() + "): give --" + option);
        }
        return Math.max(0, fallback);
    }

    static LocalDate parseDate(Table table, Table.Row row, int column, List<DateTimeFormatter> formats)
            throws UsageException {
        String value = table.field(row, column);
        String day = value;
        int cut = Math.max(value.indexOf('T'), value.indexOf(' '));
        if (cut > 0) {
            day = value.substring(0, cut);
        }
        for (int i = 0; i < formats.size(); i++) {
            try {
                LocalDate parsed = LocalDate.parse(day, formats.get(i));
                if (i > 0) {
                    // a file uses one format: try the one that worked first from now on
                    formats.add(0, formats.remove(i));
                }
                return parsed;
            } catch (DateTimeParseException next) {
                // try the next pattern
            }
        }
        throw UsageException.at(table.file(), row.line(), table.label(column), "unparsable date '" + value + "'");
    }

    static List<DateTimeFormatter> formatters(String patterns) throws UsageException {
        List<DateTimeFormatter> formats = new ArrayList<>();
        for (String pattern : patterns.split("\\|")) {
            try {
                formats.add(DateTimeFormatter.ofPattern(pattern.strip()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("bad --date-format '" + pattern + "': " + e.getMessage());
            }
        }
        return formats;
    }
}
