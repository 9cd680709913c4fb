package dev.touchpoint.server.platform.tabular;

import java.util.List;

/**
 * A parsed CSV or XLSX file.
 *
 * @param format what the file was
 * @param encoding the character set detected for CSV ({@code UTF-8} or {@code GB18030}), null for XLSX
 */
public record TabularData(TabularFormat format, String encoding, List<String> headers, List<TabularRow> rows) {

    public TabularData {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
