package dev.touchpoint.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The Groceries data set of R's arules (Hahsler et al.; 9,835 baskets of a grocery outlet over one
 * month), shipped in {@code shared/data/groceries/groceries.csv}, a sibling of the project root: one
 * basket per line, items separated by commas.
 */
public final class GroceriesData {

    private static final Path RELATIVE = Path.of("shared", "data", "groceries", "groceries.csv");

    private GroceriesData() {}

    /** Walks up from the working directory until the file is found. */
    public static Path file() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/groceries/groceries.csv not found above "
                + Path.of("").toAbsolutePath());
    }

    /** The baskets. */
    public static List<List<String>> baskets() {
        try (var lines = Files.lines(file())) {
            return lines.filter(l -> !l.isBlank())
                    .map(l -> Arrays.stream(l.split(",")).map(String::strip).toList())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
