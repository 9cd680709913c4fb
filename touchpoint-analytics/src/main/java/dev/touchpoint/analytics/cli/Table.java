package dev.touchpoint.analytics.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited text file read line by line, so that every error can name its line: one record per
 * line (quoted fields may not span lines), blank lines skipped, optionally a header line.
 */
final class Table {

  /** One data line. */
  record Row(long line, String[] fields) {}

  private final String file;
  private final List<String> header;
  private final List<Row> rows;

  private Table(String file, List<String> header, List<Row> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  static Table read(Path path, String delimiter, boolean hasHeader) throws UsageException {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read " + path + ": " + e.getMessage());
    }
    Splitter splitter = splitter(delimiter);
    List<String> header = null;
    List<Row> rows = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] fields = splitter.split(lines.get(i));
      if (hasHeader && header == null) {
        header = Arrays.stream(fields).map(String::strip).toList();
      } else {
        rows.add(new Row(i + 1L, fields));
      }
    }
    return new Table(path.toString(), header, List.copyOf(rows));
  }

  List<Row> rows() {
    return rows;
  }

  String file() {
    return file;
  }

  boolean hasColumn(String spec) {
    return header != null && header.contains(spec);
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

  String label(int column) {
    return header != null && column < header.size() ? header.get(column) : "#" + (column + 1);
  }

  String field(Row row, int column) throws UsageException {
    if (column >= row.fields().length) {
      throw UsageException.at(file, row.line(), label(column),
          "missing value (the line has " + row.fields().length + " fields)");
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

  private interface Splitter {
    String[] split(String line) throws UsageException;
  }

  private static Splitter splitter(String delimiter) throws UsageException {
    return switch (delimiter) {
      case "whitespace" -> line -> line.strip().split("\\s+");
      case "comma" -> csv(',');
      case "tab" -> csv('\t');
      case "semicolon" -> csv(';');
      default -> {
        if (delimiter.length() != 1) {
          throw new UsageException("--delimiter must be comma, tab, semicolon, whitespace or one character");
        }
        yield csv(delimiter.charAt(0));
      }
    };
  }

  private static Splitter csv(char delimiter) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
    return line -> {
      try (CSVParser parser = CSVParser.parse(new StringReader(line), format)) {
        List<CSVRecord> records = parser.getRecords();
        return records.isEmpty() ? new String[0] : records.get(0).values();
      } catch (IOException | RuntimeException e) {
        throw new UsageException("cannot split line '" + line + "': " + e.getMessage());
      }
    };
  }
}
