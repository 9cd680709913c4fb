package dev.touchpoint.server.platform.tabular;

import java.util.List;
import java.util.Map;

/**
 * What an importer supplies to the one import flow ({@link TabularImports}): its columns, how a record
 * is checked and how the valid ones are stored. The flow does the rest the same way for every import —
 * reading CSV (UTF-8/GBK) or XLSX, header spellings, formula cells, required columns, the per-row
 * report, dry run, all-or-nothing or valid-only, and the audit entry. Create one per import run: it may
 * keep state between the rows it checks (codes seen, lookups).
 *
 * @param <E> the columns
 * @param <T> what a valid record becomes
 */
public interface ImportSpec<E extends Enum<E> & FileColumn, T> {

    /** The columns and their header spellings. */
    FileColumns<E> columns();

    /** What the audit entry names ({@code customer}, {@code order} …). */
    String entityType();

    /** The imported things in the audit summary, plural ({@code customers}). */
    String noun();

    /** The column whose value groups rows into one record, or null when every row is a record. */
    default E groupBy() {
        return null;
    }

    /** Whether the report counts records (tickets) rather than file rows (order lines). */
    default boolean countsRecords() {
        return false;
    }

    /**
     * Checks one record and reports its problems through its rows.
     *
     * @return what to store; ignored when the record has a problem
     */
    T check(ImportRecord<E> record);

    /** Checks across records once each is checked (duplicates within the file or with stored data). */
    default void checkTogether(List<Checked<E, T>> records) {}

    /**
     * Stores the valid records' values, in file order, inside the import's transaction.
     *
     * @return details for the audit entry beyond those the flow records (may be empty)
     */
    Map<String, Object> store(List<T> values);

    /** A checked record and its value (null when its check found a problem). */
    record Checked<E extends Enum<E> & FileColumn, T>(ImportRecord<E> record, T value) {}
}
