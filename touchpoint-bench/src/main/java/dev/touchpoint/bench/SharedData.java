package dev.touchpoint.bench;

import dev.touchpoint.analytics.value.Transaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Reference data sets in {@code ../shared/data} beside the project root. */
public final class SharedData {

    private SharedData() {}

    /** Finds {@code shared/data/<name>} walking up from the working directory. */
    public static Path dataFile(String relative) {
        var dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            var candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
            candidate = dir.resolveSibling("shared").resolve("data").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "shared/data/" + relative + " not found above " + Path.of("").toAbsolutePath());
    }

    /** CDNOW 1/10 sample: sample customer id, date (yyyyMMdd), dollar amount. */
    public static List<Transaction> cdnowSampleTransactions() throws IOException {
        var format = DateTimeFormatter.BASIC_ISO_DATE;
        var result = new ArrayList<Transaction>();
        for (var line : Files.readAllLines(dataFile("cdnow/CDNOW_sample.txt"))) {
            var f = line.strip().split("\\s+");
            if (f.length >= 5) {
                result.add(Transaction.of(f[1], LocalDate.parse(f[2], format), Double.parseDouble(f[4])));
            }
        }
        return result;
    }
}
