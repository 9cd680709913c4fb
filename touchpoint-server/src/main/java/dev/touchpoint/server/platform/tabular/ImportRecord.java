package dev.touchpoint.server.platform.tabular;

import java.util.List;

/**
 * What one imported thing is made of: one row, or for an importer that groups rows (an order of
 * several lines, a ticket of several messages) every row with the same key, in file order.
 *
 * @param key the value of the grouping column, null when rows are not grouped
 * @param rows the rows, at least one
 * @param <E> the importer's columns
 */
public record ImportRecord<E extends Enum<E> & FileColumn>(String key, List<ImportRow<E>> rows) {

    public ImportRecord {
        rows = List.copyOf(rows);
    }

    /** The first row: the record's own fields are read from it, and problems of the whole record name it. */
    public ImportRow<E> first() {
        return rows.get(0);
    }

    /** Whether no row of the record has a problem. */
    public boolean ok() {
        return rows.stream().allMatch(ImportRow::ok);
    }
}
