/**
 * Tabular files (CSV in UTF-8 or GBK, XLSX) and the one import flow every importer of the product
 * uses — customers, products, orders, leads, tickets and the touchpoint catalogue.
 *
 * <p>Reading and writing: {@link dev.touchpoint.server.platform.tabular.TabularReader} (encoding and
 * separator detection, Excel cells), {@link dev.touchpoint.server.platform.tabular.TabularWriter} and
 * {@link dev.touchpoint.server.platform.tabular.SpreadsheetSafety} (formula cells refused on the way
 * in, neutralised on the way out).
 *
 * <p>The flow: an importer describes its columns ({@link dev.touchpoint.server.platform.tabular.FileColumn},
 * header spellings in English and Chinese, required or not) and implements
 * {@link dev.touchpoint.server.platform.tabular.ImportSpec} — how one record (a row, or the rows
 * sharing a grouping value such as an order number) is checked and how the valid ones are stored.
 * {@link dev.touchpoint.server.platform.tabular.TabularImports} does everything else the same way for
 * all of them: header mapping, missing required columns, one problem per cell named by the file's own
 * header, dry run, {@link dev.touchpoint.server.platform.tabular.ImportMode all-or-nothing or valid-only},
 * the {@link dev.touchpoint.server.platform.tabular.ImportReport report} and the audit entry of every
 * attempt that was not a dry run. The web screens extend
 * {@link dev.touchpoint.server.platform.tabular.ImportScreenController} and render the shared template
 * {@code templates/fragments/import.html}.
 */
package dev.touchpoint.server.platform.tabular;
