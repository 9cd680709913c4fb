package dev.touchpoint.server.platform.tabular;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Finds values an import must keep unique (a normalised phone, say): a row repeating an earlier row
 * of the file, or a value already stored, becomes a {@link RowProblem} on the given column.
 */
public final class DuplicateValues {

    private DuplicateValues() {}

    /**
     * @param rows the checked rows, in file order
     * @param value the value to keep unique per row, null when the row has none
     * @param rowNumber the spreadsheet row number of a row
     * @param existing values already stored
     * @param column the column to name in the problem
     * @param what what the value is, e.g. {@code phone}
     * @param existingReason the reason when the value is already stored
     */
    public static <T> void mark(
            List<T> rows,
            Function<T, String> value,
            ToIntFunction<T> rowNumber,
            Collection<String> existing,
            String column,
            String what,
            String existingReason,
            List<RowProblem> problems) {
        var firstRow = new HashMap<String, Integer>();
        for (var row : rows) {
            var v = value.apply(row);
            if (v == null) {
                continue;
            }
            var first = firstRow.putIfAbsent(v, rowNumber.applyAsInt(row));
            if (first != null) {
                problems.add(new RowProblem(
                        rowNumber.applyAsInt(row), column, "duplicate " + what + ": same as row " + first));
            } else if (existing.contains(v)) {
                problems.add(new RowProblem(rowNumber.applyAsInt(row), column, existingReason));
            }
        }
    }
}
