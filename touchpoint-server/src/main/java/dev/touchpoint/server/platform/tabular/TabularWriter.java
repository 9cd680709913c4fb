package dev.touchpoint.server.platform.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows as CSV (UTF-8 with a byte-order mark so Excel shows Chinese correctly) or XLSX.
 * Text that looks like a formula is neutralised in CSV and written as a plain string cell in XLSX,
 * never as a formula.
 */
public final class TabularWriter {

    private TabularWriter() {}

    public static void write(
            TabularFormat format, List<String> headers, Iterable<? extends List<?>> rows, OutputStream out) {
        try {
            if (format == TabularFormat.CSV) {
                writeCsv(headers, rows, out);
            } else {
                writeXlsx(headers, rows, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCsv(List<String> headers, Iterable<? extends List<?>> rows, OutputStream out)
            throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(headers);
        for (var row : rows) {
            for (Object cell : row) {
                printer.print(cell == null ? "" : SpreadsheetSafety.neutralise(text(cell)));
            }
            printer.println();
        }
        printer.flush();
    }

    private static void writeXlsx(List<String> headers, Iterable<? extends List<?>> rows, OutputStream out)
            throws IOException {
        var workbook = new SXSSFWorkbook(200);
        try {
            var sheet = workbook.createSheet("export");
            var header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            int r = 1;
            for (var row : rows) {
                var sheetRow = sheet.createRow(r++);
                int c = 0;
                for (Object cell : row) {
                    var target = sheetRow.createCell(c++);
                    if (cell instanceof Number n && !(cell instanceof BigDecimal bd && bd.scale() > 6)) {
                        target.setCellValue(n.doubleValue());
                    } else if (cell != null) {
                        target.setCellValue(text(cell));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static String text(Object cell) {
        if (cell instanceof TemporalAccessor || cell instanceof BigDecimal) {
            return cell instanceof BigDecimal bd ? bd.toPlainString() : cell.toString();
        }
        return String.valueOf(cell);
    }
}
