package dev.touchpoint.server.commerce.transfer;

import dev.touchpoint.server.platform.tabular.RowProblem;
import dev.touchpoint.server.platform.tabular.SpreadsheetSafety;
import dev.touchpoint.server.platform.tabular.TabularRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the headers of an imported file to canonical column names (English or Chinese aliases, any
 * case) and parses cells, collecting one {@link RowProblem} per bad cell.
 */
public final class Columns {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Map<String, String> headerFor = new HashMap<>();

    /** {@code aliases}: canonical name → accepted headers (the canonical name itself is always accepted). */
    public Columns(List<String> headers, Map<String, List<String>> aliases) {
        for (var header : headers) {
            var key = normalise(header);
            aliases.forEach((canonical, names) -> {
                if (normalise(canonical).equals(key)
                        || names.stream().map(Columns::normalise).anyMatch(key::equals)) {
                    headerFor.putIfAbsent(canonical, header);
                }
            });
        }
    }

    boolean has(String canonical) {
        return headerFor.containsKey(canonical);
    }

    /** The cell text, or null when blank; a formula-like text is reported and treated as absent. */
    public String text(TabularRow row, String canonical, List<RowProblem> problems) {
        var header = headerFor.get(canonical);
        var value = header == null ? null : row.get(header);
        if (value != null && SpreadsheetSafety.looksLikeFormula(value)) {
            problems.add(new RowProblem(row.row(), canonical, "looks like a spreadsheet formula; not accepted"));
            return null;
        }
        return value;
    }

    public String required(TabularRow row, String canonical, List<RowProblem> problems) {
        int before = problems.size();
        var value = text(row, canonical, problems);
        if (value == null && problems.size() == before) {
            problems.add(new RowProblem(row.row(), canonical, "required"));
        }
        return value;
    }

    public static BigDecimal decimal(TabularRow row, String canonical, String value, List<RowProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            var number = new BigDecimal(
                    value.replace(",", "").replace("¥", "").replace("￥", "").strip());
            if (number.signum() < 0) {
                problems.add(new RowProblem(row.row(), canonical, "must not be negative: " + value));
                return null;
            }
            if (number.stripTrailingZeros().scale() > 2) {
                problems.add(new RowProblem(row.row(), canonical, "at most 2 decimals: " + value));
                return null;
            }
            return number.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(new RowProblem(row.row(), canonical, "not a number: " + value));
            return null;
        }
    }

    public static Integer positiveInt(TabularRow row, String canonical, String value, List<RowProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            var number = new BigDecimal(value.strip());
            if (number.signum() <= 0
                    || number.stripTrailingZeros().scale() > 0
                    || number.compareTo(BigDecimal.valueOf(100000)) > 0) {
                problems.add(new RowProblem(row.row(), canonical, "must be a whole number from 1 to 100000: " + value));
                return null;
            }
            return number.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(new RowProblem(row.row(), canonical, "not a whole number: " + value));
            return null;
        }
    }

    public static LocalDate date(TabularRow row, String canonical, String value, List<RowProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), ISO);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(row.row(), canonical, "not a date in the form yyyy-MM-dd: " + value));
            return null;
        }
    }

    public static Boolean bool(TabularRow row, String canonical, String value, List<RowProblem> problems) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是", "在售", "启用" -> true;
            case "false", "no", "n", "0", "否", "停售", "停用" -> false;
            default -> {
                problems.add(new RowProblem(row.row(), canonical, "not yes/no: " + value));
                yield null;
            }
        };
    }

    private static String normalise(String header) {
        return header == null
                ? ""
                : header.strip().toLowerCase(Locale.ROOT).replace(" ", "_").replace("-", "_");
    }
}
