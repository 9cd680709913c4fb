package dev.touchpoint.server.platform.tabular;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of one kind of import file: finds a column by any of its header spellings (case,
 * surrounding spaces and the difference between space, hyphen and underscore ignored) and maps a file's
 * headers to the columns they fill.
 *
 * @param <E> the module's enum of {@link FileColumn}s
 */
public final class FileColumns<E extends Enum<E> & FileColumn> {

    private final Class<E> type;
    private final Map<String, E> byHeader = new HashMap<>();

    private FileColumns(Class<E> type) {
        this.type = type;
        for (var column : type.getEnumConstants()) {
            for (var alias : column.aliases()) {
                byHeader.putIfAbsent(normalise(alias), column);
            }
        }
    }

    /** The columns of {@code type}; call it after the enum's constants exist (e.g. from a static field). */
    public static <E extends Enum<E> & FileColumn> FileColumns<E> of(Class<E> type) {
        return new FileColumns<>(type);
    }

    /** The column a header spelling stands for. */
    public Optional<E> ofHeader(String header) {
        return Optional.ofNullable(header == null ? null : byHeader.get(normalise(header)));
    }

    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** The columns, in their order. */
    public List<E> all() {
        return Arrays.asList(type.getEnumConstants());
    }

    /** The export headers, in column order. */
    public List<String> headers() {
        return Arrays.stream(type.getEnumConstants()).map(FileColumn::header).toList();
    }

    /** The header each known column is read from in a file; of two spellings of one column the first wins. */
    public Map<E, String> in(List<String> fileHeaders) {
        var columns = new EnumMap<E, String>(type);
        for (var header : fileHeaders) {
            ofHeader(header).ifPresent(c -> columns.putIfAbsent(c, header));
        }
        return columns;
    }

    /**
     * Collects the problems of one row of a file, naming each column as the file spells it (or by its export
     * header when the file lacks it).
     *
     * @param columns the file's headers per column, from {@link #in}
     */
    public record RowProblems<E extends Enum<E> & FileColumn>(
            int row, Map<E, String> columns, List<RowProblem> problems) {

        public void add(E column, String reason) {
            problems.add(new RowProblem(row, columns.getOrDefault(column, column.header()), reason));
        }

        /** Whether this row already has a problem on {@code column}. */
        public boolean reported(E column) {
            var header = columns.getOrDefault(column, column.header());
            return problems.stream().anyMatch(p -> p.row() == row && header.equals(p.column()));
        }
    }
}
