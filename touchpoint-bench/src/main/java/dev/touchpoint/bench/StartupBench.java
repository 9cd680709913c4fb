package dev.touchpoint.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Start-up to healthy, fresh and with an existing data directory, each against starting the embedded
 * PostgreSQL alone the same way (the floor: the server cannot be healthy before its database is).
 */
final class StartupBench {

    private StartupBench() {}

    static void run(Options options) throws Exception {
        var jar = Path.of(options.get("jar", "touchpoint-server/target/touchpoint-server.jar"));
        int repeats = options.getInt("repeats", 3);
        double[] pgFresh = new double[repeats];
        double[] pgExisting = new double[repeats];
        double[] appFresh = new double[repeats];
        double[] appExisting = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            var pgDir = Files.createTempDirectory("bench-pg-").resolve("data");
            pgFresh[i] = startPostgres(pgDir);
            pgExisting[i] = startPostgres(pgDir);
            var appDir = Files.createTempDirectory("bench-app-").resolve("data");
            appFresh[i] = startServer(jar, appDir);
            appExisting[i] = startServer(jar, appDir);
            System.out.printf(
                    "run %d: postgres fresh %.2f s, existing %.2f s; server fresh %.2f s, existing %.2f s%n",
                    i + 1, pgFresh[i], pgExisting[i], appFresh[i], appExisting[i]);
        }
        System.out.printf("%nmedian of %d runs%n", repeats);
        System.out.printf(
                "fresh data directory:    server %.2f s, embedded PostgreSQL alone %.2f s, ratio %.2f%n",
                Stats.median(appFresh), Stats.median(pgFresh), Stats.median(appFresh) / Stats.median(pgFresh));
        System.out.printf(
                "existing data directory: server %.2f s, embedded PostgreSQL alone %.2f s, ratio %.2f%n",
                Stats.median(appExisting),
                Stats.median(pgExisting),
                Stats.median(appExisting) / Stats.median(pgExisting));
    }

    private static double startPostgres(Path dir) throws Exception {
        long start = System.nanoTime();
        try (var pg = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .setLocaleConfig("encoding", "UTF8")
                        .setLocaleConfig("locale", "C.UTF-8")
                        .start();
                var c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("SELECT 1");
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static double startServer(Path jar, Path dir) throws Exception {
        try (var server = ServerProcess.start(jar, dir, 0)) {
            return server.awaitHealthy(Duration.ofMinutes(3));
        }
    }
}
