package dev.touchpoint.analytics;

import dev.touchpoint.analytics.value.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Locates and reads the CDNOW reference data shipped in {@code shared/data/cdnow}, a sibling of the
 * project root (from the module: {@code ../../shared/data/cdnow}).
 */
public final class CdnowData {

    /** End of the 39-week calibration period used by Fader, Hardie &amp; Lee (2005). */
    public static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    /** End of the 39-week holdout period. */
    public static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

    private static final Path RELATIVE = Path.of("shared", "data", "cdnow");

    private CdnowData() {}

    /** Walks up from the working directory until {@code shared/data/cdnow} is found. */
    public static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "shared/data/cdnow not found above " + Path.of("").toAbsolutePath());
    }

    public static Path file(String name) {
        return directory().resolve(name);
    }

    /** The 1/10 sample: master id, sample id, yyyyMMdd, CDs, dollars; keyed by the sample id. */
    public static List<Transaction> sampleTransactions() {
        DateTimeFormatter format = DateTimeFormatter.BASIC_ISO_DATE;
        try (var lines = Files.lines(file("CDNOW_sample.txt"))) {
            return lines.map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .map(line -> line.split("\\s+"))
                    .map(f -> Transaction.of(f[1], LocalDate.parse(f[2], format), Double.parseDouble(f[4])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a CSV file without its header, split on commas. */
    public static List<String[]> csvRows(String name) {
        try (var lines = Files.lines(file(name))) {
            return lines.skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split(","))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
