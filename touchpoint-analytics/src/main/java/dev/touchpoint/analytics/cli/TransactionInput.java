package dev.touchpoint.analytics.cli;

import dev.touchpoint.analytics.value.Transaction;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads transactions from {@code --transactions FILE} and its column options. */
final class TransactionInput {

  static final Set<String> OPTIONS =
      Set.of("transactions", "delimiter", "customer-col", "date-col", "amount-col", "date-format");
  static final Set<String> FLAGS = Set.of("no-header", "help");
  static final String HELP =
      """
        --transactions FILE    input file, one transaction per line
        --delimiter D          comma (default), tab, semicolon, whitespace, or one character
        --no-header            the file has no header line; columns are 1-based numbers
        --customer-col C       customer id column: header name or 1-based number (required)
        --date-col C           date column (required)
        --amount-col C         amount column (required; must be >= 0)
        --date-format F        java.time pattern of the dates, default yyyy-MM-dd (e.g. yyyyMMdd)
      """;

  private TransactionInput() {}

  static List<Transaction> read(Arguments args, boolean allowNegative) throws UsageException {
    Table table = Table.read(Path.of(args.required("transactions")),
        args.string("delimiter", "comma"), !args.has("no-header"));
    int customer = table.column(args.required("customer-col"));
    int date = table.column(args.required("date-col"));
    int amount = table.column(args.required("amount-col"));
    DateTimeFormatter format = formatter(args.string("date-format", "yyyy-MM-dd"));
    List<Transaction> out = new ArrayList<>(table.rows().size());
    for (Table.Row row : table.rows()) {
      String id = table.field(row, customer);
      if (id.isEmpty()) {
        throw UsageException.at(table.file(), row.line(), table.label(customer), "empty customer id");
      }
      LocalDate day = parseDate(table, row, date, format);
      double value = table.number(row, amount);
      if (value < 0 && !allowNegative) {
        throw UsageException.at(table.file(), row.line(), table.label(amount), "negative amount " + value);
      }
      out.add(Transaction.of(id, day, value));
    }
    return out;
  }

  private static LocalDate parseDate(Table table, Table.Row row, int column, DateTimeFormatter format)
      throws UsageException {
    String value = table.field(row, column);
    try {
      return LocalDate.parse(value, format);
    } catch (DateTimeParseException e) {
      throw UsageException.at(table.file(), row.line(), table.label(column), "unparsable date '" + value + "'");
    }
  }

  private static DateTimeFormatter formatter(String pattern) throws UsageException {
    try {
      return DateTimeFormatter.ofPattern(pattern);
    } catch (IllegalArgumentException e) {
      throw new UsageException("bad --date-format '" + pattern + "': " + e.getMessage());
    }
  }
}
