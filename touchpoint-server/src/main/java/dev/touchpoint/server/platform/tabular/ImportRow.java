package dev.touchpoint.server.platform.tabular;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One data row of an import as an importer checks it: its cells by column, the problems it reports (named
 * by the column as the file spells it, at most one per cell: the first found) and parsers for the values
 * files hold. A cell that looks like a spreadsheet formula is reported by the flow and reads as blank.
 *
 * @param <E> the importer's columns
 */
public final class ImportRow<E extends Enum<E> & FileColumn> {

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final TabularRow row;
    private final Map<E, String> columns;
    private final List<RowProblem> problems;
    private int own;

    ImportRow(TabularRow row, Map<E, String> columns, List<RowProblem> problems) {
        this.row = row;
        this.columns = columns;
        this.problems = problems;
        for (var e : columns.entrySet()) {
            if (SpreadsheetSafety.looksLikeFormula(row.values().get(e.getValue()))) {
                problem(e.getKey(), "looks like a spreadsheet formula; remove the leading =, +, - or @");
            }
        }
    }

    /** The spreadsheet row number (the header is row 1). */
    public int number() {
        return row.row();
    }

    /** Whether the file has this column. */
    public boolean has(E column) {
        return columns.containsKey(column);
    }

    /** The trimmed cell text; null when blank, absent or formula-like. */
    public String text(E column) {
        var header = columns.get(column);
        if (header == null
                || reported(column)
                        && SpreadsheetSafety.looksLikeFormula(row.values().get(header))) {
            return null;
        }
        return row.get(header);
    }

    /** The cell text of a column the file has, or {@code fallback} when the file lacks the column. */
    public String textOr(E column, String fallback) {
        return has(column) ? text(column) : fallback;
    }

    /**
     * The cell text; a blank cell is reported as {@code required} (a column missing from the file is
     * reported once, on the header row, by the flow).
     */
    public String required(E column) {
        var value = text(column);
        if (value == null && has(column)) {
            problem(column, "required");
        }
        return value;
    }

    /**
     * Reports a problem with a cell, unless that cell has one already.
     *
     * @param column the column
     * @param reason what is wrong, in words a user can act on
     */
    public void problem(E column, String reason) {
        if (!reported(column)) {
            problems.add(new RowProblem(row.row(), name(column), reason));
            own++;
        }
    }

    /** Whether the cell has a problem already. */
    public boolean reported(E column) {
        var name = name(column);
        return own > 0 && problems.stream().anyMatch(p -> p.row() == row.row() && name.equals(p.column()));
    }

    /** Whether no problem was found in this row. */
    public boolean ok() {
        return own == 0;
    }

    /** The column's name in problems: the file's spelling, or the export header when the file lacks it. */
    public String name(E column) {
        return columns.getOrDefault(column, column.header());
    }

    /**
     * Parses a cell.
     *
     * @param column the column
     * @param parse turns the text into a value; null or an {@link IllegalArgumentException} means not valid
     * @param expected what a valid value looks like, for the problem ({@code one of A, B, C})
     * @return the value, or null when blank or not valid (then reported)
     */
    public <T> T parse(E column, Function<String, T> parse, String expected) {
        var text = text(column);
        if (text == null) {
            return null;
        }
        T value;
        try {
            value = parse.apply(text);
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            value = null;
        }
        if (value == null) {
            problem(column, "not " + expected + ": " + text);
        }
        return value;
    }

    /** An enum constant by its name (any case, spaces and hyphens as underscores) or by another spelling. */
    public <T extends Enum<T>> T choice(E column, Class<T> type, Map<String, T> otherNames) {
        var names =
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        var others = otherNames.isEmpty()
                ? ""
                : " (" + String.join(", ", new java.util.TreeSet<>(otherNames.keySet())) + ")";
        return parse(
                column,
                text -> {
                    var other = otherNames.get(text);
                    return other != null
                            ? other
                            : Enum.valueOf(
                                    type,
                                    text.toUpperCase(Locale.ROOT)
                                            .replace(' ', '_')
                                            .replace('-', '_'));
                },
                "one of " + String.join(", ", names) + others);
    }

    /** A money amount: not negative, at most two decimals, thousands separators and ¥ allowed. */
    public BigDecimal amount(E column) {
        var text = text(column);
        if (text == null) {
            return null;
        }
        try {
            var number = new BigDecimal(
                    text.replace(",", "").replace("¥", "").replace("￥", "").strip());
            if (number.signum() < 0) {
                problem(column, "must not be negative: " + text);
                return null;
            }
            if (number.stripTrailingZeros().scale() > 2) {
                problem(column, "at most 2 decimals: " + text);
                return null;
            }
            return number.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            problem(column, "not a number: " + text);
            return null;
        }
    }

    /** A whole number from 1 to 100 000 (a quantity). */
    public Integer quantity(E column) {
        var text = text(column);
        if (text == null) {
            return null;
        }
        try {
            var number = new BigDecimal(text);
            if (number.signum() <= 0
                    || number.stripTrailingZeros().scale() > 0
                    || number.compareTo(BigDecimal.valueOf(100_000)) > 0) {
                problem(column, "must be a whole number from 1 to 100000: " + text);
                return null;
            }
            return number.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problem(column, "not a whole number: " + text);
            return null;
        }
    }

    /** A whole number (an id). */
    public Long wholeNumber(E column) {
        var text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problem(column, "not a whole number: " + text);
            return null;
        }
    }

    /** A date written yyyy-MM-dd. */
    public LocalDate date(E column) {
        var text = text(column);
        if (text == null) {
            return null;
        }
        try {
            if (!ISO_DATE.matcher(text).matches()) {
                throw new DateTimeParseException("format", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(column, "not a date in the form yyyy-MM-dd: " + text);
            return null;
        }
    }

    /** Yes or no: yes/no, true/false, y/n, 1/0, 是/否 (and {@code extraYes}, {@code extraNo}). */
    public Boolean yesNo(E column, List<String> extraYes, List<String> extraNo) {
        var text = text(column);
        if (text == null) {
            return null;
        }
        var t = text.toLowerCase(Locale.ROOT);
        if (List.of("yes", "y", "true", "1", "是").contains(t) || extraYes.contains(t)) {
            return true;
        }
        if (List.of("no", "n", "false", "0", "否").contains(t) || extraNo.contains(t)) {
            return false;
        }
        problem(column, "not yes/no: " + text);
        return null;
    }
}
