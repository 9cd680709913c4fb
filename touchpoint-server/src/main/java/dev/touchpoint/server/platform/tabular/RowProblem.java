package dev.touchpoint.server.platform.tabular;

/**
 * Why one cell of an imported row was rejected.
 *
 * @param row spreadsheet row number (header = 1)
 * @param column the column name, or null for a problem with the whole row
 * @param reason what is wrong, in words a user can act on
 */
public record RowProblem(int row, String column, String reason) {}
