package dev.touchpoint.server.platform.tabular;

import java.util.Map;

/**
 * One data row of an imported file.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param values cell text by header name; blank cells are absent
 */
public record TabularRow(int row, Map<String, String> values) {

    public TabularRow {
        values = Map.copyOf(values);
    }

    /** The trimmed cell text, or null when blank or absent. */
    public String get(String column) {
        var v = values.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
