package dev.touchpoint.server.platform.tabular;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Finds values an import must keep unique (a normalised phone, say): a row repeating an earlier row
 * of the file, or a value already stored, gets a problem.
 */
public final class DuplicateValues {

    private DuplicateValues() {}

    /**
     * @param rows the checked rows, in file order
     * @param value the value to keep unique per row, null when the row has none
     * @param rowNumber the spreadsheet row number of a row
     * @param existing values already stored
     * @param report reports a problem of a row
     * @param what what the value is, e.g. {@code phone}
     * @param existingReason the reason when the value is already stored
     */
    public static <T> void mark(
            List<T> rows,
            Function<T, String> value,
            ToIntFunction<T> rowNumber,
            Collection<String> existing,
            BiConsumer<T, String> report,
            String what,
            String existingReason) {
        var firstRow = new HashMap<String, Integer>();
        for (var row : rows) {
            var v = value.apply(row);
            if (v == null) {
                continue;
            }
            var first = firstRow.putIfAbsent(v, rowNumber.applyAsInt(row));
            if (first != null) {
                report.accept(row, "duplicate " + what + ": same as row " + first);
            } else if (existing.contains(v)) {
                report.accept(row, existingReason);
            }
        }
    }
}
