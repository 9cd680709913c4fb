package dev.touchpoint.server.platform.tabular;

import java.util.List;

/**
 * The outcome of an import or of its dry run.
 *
 * @param rows data rows in the file
 * @param validRows rows without any problem
 * @param problems every problem found, by row and column
 * @param applied whether anything was written (false for a dry run, or when all-or-nothing found problems)
 * @param imported rows written
 * @param encoding detected CSV encoding, null for XLSX
 */
public record ImportReport(
        int rows, int validRows, List<RowProblem> problems, boolean applied, int imported, String encoding) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
