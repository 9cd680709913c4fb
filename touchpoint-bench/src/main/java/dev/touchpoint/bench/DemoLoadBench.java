package dev.touchpoint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Demo load time ({@code --touchpoint.demo=true} into an empty database) against the floor: a raw
 * {@code COPY} of exactly the rows the load wrote, table by table, into copies of those tables with
 * the same indexes ({@code CREATE TABLE … (LIKE … INCLUDING ALL)}), in the same database.
 */
final class DemoLoadBench {

    private static final Pattern LOADED = Pattern.compile("Demo business loaded in (\\d+) ms");

    private DemoLoadBench() {}

    static void run(Options options) throws Exception {
        var jar = Path.of(options.get("jar", "touchpoint-server/target/touchpoint-server.jar"));
        int customers = options.getInt("customers", 5000);
        var dir = Path.of(options.get(
                "data-dir",
                Files.createTempDirectory("bench-demo-").resolve("data").toString()));
        int pgPort = ServerProcess.freePort();
        try (var server = ServerProcess.start(
                jar, dir, pgPort, "--touchpoint.demo=true", "--touchpoint.demo-customers=" + customers)) {
            var line = server.awaitLog("Demo business loaded in", Duration.ofMinutes(30));
            var m = LOADED.matcher(line);
            if (!m.find()) {
                throw new IllegalStateException("unexpected log line " + line);
            }
            double loadSeconds = Long.parseLong(m.group(1)) / 1000.0;
            System.out.println(line.substring(line.indexOf("Demo business")));
            double copySeconds = copyFloor(pgPort);
            System.out.printf(
                    "demo load %.2f s; raw COPY of the same rows %.2f s; ratio %.2f%n",
                    loadSeconds, copySeconds, loadSeconds / copySeconds);
        }
    }

    /** Copies every non-empty table's rows into a same-shaped scratch table with COPY; returns seconds. */
    private static double copyFloor(int pgPort) throws Exception {
        try (var c = ServerProcess.connect(pgPort)) {
            var tables = new ArrayList<String>();
            try (var rs = c.createStatement().executeQuery("""
                    SELECT relname FROM pg_stat_user_tables
                    WHERE schemaname = 'public' AND relname <> 'flyway_schema_history' AND n_live_tup > 0
                    ORDER BY relname""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            long total = 0;
            long rows = 0;
            for (var table : tables) {
                c.createStatement().execute("CREATE TABLE bench_copy_" + table + " (LIKE " + table + " INCLUDING ALL)");
                var buffer = new java.io.ByteArrayOutputStream();
                copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", buffer);
                long start = System.nanoTime();
                rows += copy.copyIn(
                        "COPY bench_copy_" + table + " FROM STDIN (FORMAT binary)",
                        new java.io.ByteArrayInputStream(buffer.toByteArray()));
                total += System.nanoTime() - start;
                c.createStatement().execute("DROP TABLE bench_copy_" + table);
            }
            System.out.printf("raw COPY baseline: %d rows over %d tables%n", rows, tables.size());
            return total / 1e9;
        }
    }
}
