package dev.touchpoint.analytics.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A delimited text file read line by line, so that every error can name its line and column.
 *
 * <p>Takes the files people have: UTF-8 with or without a byte-order mark, or GBK/GB18030 (what
 * Chinese Excel saves); LF, CRLF or CR line ends; blank lines; fields separated by commas, tabs,
 * semicolons or runs of whitespace, detected from the first line unless {@code --delimiter} says;
 * a header line or none, detected (a first line without a single number is a header) unless
 * {@code --header}/{@code --no-header} says. Quoted fields may contain the delimiter and doubled
 * quotes, but not a line end.
 */
final class Table {

    /** One data line. */
    record Row(long line, String[] fields) {}

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final String file;
    private final List<String> header;
    private final List<Row> rows;
    private final String encoding;

    private Table(String file, List<String> header, List<Row> rows, String encoding) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.encoding = encoding;
    }

    /**
     * Reads a file.
     *
     * @param path the file
     * @param delimiter {@code auto}, {@code comma}, {@code tab}, {@code semicolon}, {@code whitespace}
     *     or one character
     * @param hasHeader true or false when the user said, null to detect
     */
    static Table read(Path path, String delimiter, Boolean hasHeader) throws UsageException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UsageException("cannot read " + path + ": " + e.getMessage());
        }
        String[] encoding = new String[1];
        String text = decode(bytes, encoding);
        List<String> lines = lines(text);
        String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        Splitter splitter = splitter(delimiter.equals("auto") ? detect(first) : delimiter, path.toString());
        List<String> header = null;
        List<Row> rows = new ArrayList<>(lines.size());
        boolean headerPending = true;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] fields = splitter.split(lines.get(i), i + 1L);
            if (headerPending) {
                headerPending = false;
                boolean isHeader =
                        hasHeader != null ? hasHeader : Arrays.stream(fields).noneMatch(Table::isNumber);
                if (isHeader) {
                    header = Arrays.stream(fields).map(String::strip).toList();
                    continue;
                }
            }
            rows.add(new Row(i + 1L, fields));
        }
        return new Table(path.toString(), header, List.copyOf(rows), encoding[0]);
    }

    List<Row> rows() {
        return rows;
    }

    String file() {
        return file;
    }

    String encoding() {
        return encoding;
    }

    boolean hasHeader() {
        return header != null;
    }

    List<String> header() {
        return header == null ? List.of() : header;
    }

    boolean hasColumn(String spec) {
        return header != null && header.contains(spec);
    }

    /** The widest row's number of fields. */
    int width() {
        int width = header == null ? 0 : header.size();
        for (Row row : rows) {
            width = Math.max(width, row.fields().length);
        }
        return width;
    }

    /** Resolves a header name or, failing that, a 1-based index into a 0-based index. */
    int column(String spec) throws UsageException {
        if (header != null && header.contains(spec)) {
            return header.indexOf(spec);
        }
        if (spec.matches("[1-9][0-9]*")) {
            return Integer.parseInt(spec) - 1;
        }
        String known = header == null ? "the file has no header: use a 1-based column number" : "header is " + header;
        throw UsageException.at(file, 1, spec, "no such column (" + known + ")");
    }

    /**
     * The first header column whose name, lower-cased without spaces and underscores, contains one of
     * {@code hints}; -1 when none does or there is no header.
     */
    int guess(String... hints) {
        if (header == null) {
            return -1;
        }
        for (String hint : hints) {
            for (int i = 0; i < header.size(); i++) {
                String name =
                        header.get(i).toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
                if (name.contains(hint)) {
                    return i;
                }
            }
        }
        return -1;
    }

    String label(int column) {
        return header != null && column < header.size() ? header.get(column) : "#" + (column + 1);
    }

    String field(Row row, int column) throws UsageException {
        if (column >= row.fields().length) {
            throw UsageException.at(
                    file, row.line(), label(column), "missing value (the line has " + row.fields().length + " fields)");
        }
        return row.fields()[column].strip();
    }

    double number(Row row, int column) throws UsageException {
        String value = field(row, column);
        try {
            double number = Double.parseDouble(value);
            if (!Double.isFinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw UsageException.at(file, row.line(), label(column), "not a number: '" + value + "'");
        }
    }

    private static boolean isNumber(String field) {
        try {
            return Double.isFinite(Double.parseDouble(field.strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String decode(byte[] bytes, String[] encoding) {
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            encoding[0] = "UTF-8";
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            encoding[0] = "GB18030";
            return new String(bytes, GB18030);
        }
    }

    /** Splits on LF, CRLF or CR. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static String detect(String firstLine) {
        if (firstLine.indexOf('\t') >= 0) {
            return "tab";
        }
        if (firstLine.indexOf(',') >= 0) {
            return "comma";
        }
        if (firstLine.indexOf(';') >= 0) {
            return "semicolon";
        }
        return "whitespace";
    }

    private interface Splitter {
        String[] split(String line, long lineNumber) throws UsageException;
    }

    private static Splitter splitter(String delimiter, String file) throws UsageException {
        return switch (delimiter) {
            case "whitespace" -> (line, n) -> whitespace(line);
            case "comma" -> quoted(',', file);
            case "tab" -> quoted('\t', file);
            case "semicolon" -> quoted(';', file);
            default -> {
                if (delimiter.length() != 1) {
                    throw new UsageException(
                            "--delimiter must be auto, comma, tab, semicolon, whitespace or one character");
                }
                yield quoted(delimiter.charAt(0), file);
            }
        };
    }

    private static String[] whitespace(String line) {
        List<String> fields = new ArrayList<>(8);
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                fields.add(line.substring(start, i));
            }
        }
        return fields.toArray(String[]::new);
    }

    /** RFC 4180 fields within one line: quotes around a field, doubled quotes inside it. */
    private static Splitter quoted(char delimiter, String file) {
        return (line, lineNumber) -> {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean inQuotes = false;
            int quoteStart = -1;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inQuotes) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        inQuotes = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.toString().isBlank()) {
                    inQuotes = true;
                    quoteStart = i;
                    field.setLength(0);
                } else if (c == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (inQuotes) {
                throw UsageException.at(
                        file,
                        lineNumber,
                        "#" + (fields.size() + 1),
                        "a quote opened at character " + (quoteStart + 1) + " is never closed");
            }
            fields.add(field.toString());
            return fields.toArray(String[]::new);
        };
    }
}
