package dev.touchpoint.server.platform.tabular;

import dev.touchpoint.server.platform.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads CSV (UTF-8 or GBK/GB18030, detected; comma, semicolon or tab separated) and XLSX (first sheet)
 * into header-keyed rows. The first row is the header.
 */
public final class TabularReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TabularReader() {}

    /**
     * Reads an uploaded file by what it contains, checked against its name: a zip archive is an XLSX
     * workbook, anything else must be CSV text. An empty file, a file named {@code .xlsx} that is no
     * workbook, an old binary {@code .xls}, or binary content sent as CSV is refused with a message
     * naming the problem (field {@code file}, rule {@code format}).
     *
     * @param fileName the uploaded file's name, or null when unknown
     */
    public static TabularData read(byte[] content, String fileName) {
        var name = fileName == null
                ? ""
                : fileName.toLowerCase(java.util.Locale.ROOT).strip();
        if (content.length == 0) {
            throw invalid("the file is empty");
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return readXlsx(content);
        }
        if (isOle2(content) || name.endsWith(".xls")) {
            throw invalid("Excel 97–2003 workbooks (.xls) are not supported: save the file as .xlsx or CSV");
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw invalid("the file is named " + fileName + " but is not an Excel workbook (XLSX): it is not a zip "
                    + "archive, so it may be damaged or of another type");
        }
        if (isBinary(content)) {
            throw invalid("the file is not text: upload a CSV file (UTF-8 or GBK) or an XLSX workbook");
        }
        return readCsv(content);
    }

    private static InvalidInputException invalid(String message) {
        return InvalidInputException.of("file", "format", message);
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 4
                && (b[0] & 0xFF) == 0xD0
                && (b[1] & 0xFF) == 0xCF
                && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    /** NUL bytes or many control characters in the first 8 KB: not a text file. */
    private static boolean isBinary(byte[] b) {
        int controls = 0;
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20)) {
                controls++;
            }
        }
        return controls > n / 20;
    }

    static TabularData readCsv(byte[] content) {
        String encoding;
        String text;
        int offset = hasUtf8Bom(content) ? 3 : 0;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
            encoding = "UTF-8";
        } catch (CharacterCodingException notUtf8) {
            // Chinese Excel saves CSV in GBK; GB18030 is its superset
            text = new String(content, GB18030);
            encoding = "GB18030";
        }
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .get();
        long line = 1;
        try (var parser = format.parse(new StringReader(text))) {
            var headers = parser.getHeaderNames().stream().map(String::strip).toList();
            var rows = new ArrayList<TabularRow>();
            var records = parser.iterator();
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                var values = new LinkedHashMap<String, String>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    if (!record.get(i).isBlank()) {
                        values.put(headers.get(i), record.get(i));
                    }
                }
                if (!values.isEmpty()) {
                    rows.add(new TabularRow((int) record.getRecordNumber() + 1, values));
                }
            }
            return new TabularData(TabularFormat.CSV, encoding, headers, rows);
        } catch (IOException | RuntimeException e) {
            var message = String.valueOf(e.getMessage());
            if (message.contains("EOF reached before encapsulated token finished")) {
                throw invalid("line " + line + ": a value opens a quote (\") that is never closed");
            }
            if (message.contains("invalid char between encapsulated token and delimiter")) {
                throw invalid("line " + line + ": text follows a closing quote (\") before the next separator; "
                        + "write a quote inside a quoted value as \"\"");
            }
            throw invalid("not a readable CSV file, at line " + line + ": " + message);
        }
    }

    static TabularData readXlsx(byte[] content) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            var headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                return new TabularData(TabularFormat.XLSX, null, List.of(), List.of());
            }
            var headers = new ArrayList<String>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                headers.add(cellText(headerRow.getCell(c), formatter).strip());
            }
            var rows = new ArrayList<TabularRow>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                var values = new LinkedHashMap<String, String>();
                for (int c = 0; c < headers.size(); c++) {
                    var text = cellText(row.getCell(c), formatter);
                    if (!text.isBlank()) {
                        values.put(headers.get(c), text);
                    }
                }
                if (!values.isEmpty()) {
                    rows.add(new TabularRow(r + 1, values));
                }
            }
            return new TabularData(TabularFormat.XLSX, null, headers, rows);
        } catch (IOException | RuntimeException e) {
            throw invalid("the XLSX workbook cannot be read (it may be truncated or damaged): " + e.getMessage());
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            // dates come out ISO so the importers parse one format
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : formatter.formatCellValue(cell);
            // never evaluate formulas from uploaded files: take the text of the formula itself
            case FORMULA -> "=" + cell.getCellFormula();
            default -> formatter.formatCellValue(cell);
        };
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        var first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(ch -> ch == ',').count();
        long semicolons = first.chars().filter(ch -> ch == ';').count();
        long tabs = first.chars().filter(ch -> ch == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
