package dev.touchpoint.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Customer search latency through the REST API ({@code GET /api/v1/customers?q=…}, first page of 20
 * with the total) on a database of N demo customers, against the same search as plain SQL over JDBC
 * in the same run.
 */
final class SearchBench {

    private SearchBench() {}

    static void run(Options options) throws Exception {
        var jar = Path.of(options.get("jar", "touchpoint-server/target/touchpoint-server.jar"));
        int customers = options.getInt("customers", 100_000);
        int requests = options.getInt("requests", 300);
        var dir = Path.of(options.get(
                "data-dir",
                Files.createTempDirectory("bench-search-").resolve("data").toString()));
        boolean existing = Files.exists(dir.resolve("postgresql.conf"));
        int pgPort = ServerProcess.freePort();
        try (var server = ServerProcess.start(
                jar, dir, pgPort, "--touchpoint.demo=" + !existing, "--touchpoint.demo-customers=" + customers)) {
            if (!existing) {
                System.out.println(server.awaitLog("Demo business loaded in", Duration.ofMinutes(60)));
            }
            server.awaitHealthy(Duration.ofMinutes(5));
            var queries = queries(pgPort, requests);
            double[] api = measureApi(server.baseUrl(), queries);
            double[] sql = measureSql(pgPort, queries);
            System.out.printf("%d searches over %d customers%n", queries.size(), count(pgPort));
            System.out.printf("API  p50 %.1f ms, p95 %.1f ms%n", Stats.percentile(api, 50), Stats.percentile(api, 95));
            System.out.printf("SQL  p50 %.1f ms, p95 %.1f ms%n", Stats.percentile(sql, 50), Stats.percentile(sql, 95));
            System.out.printf(
                    "ratio API/SQL: p50 %.2f, p95 %.2f%n",
                    Stats.percentile(api, 50) / Stats.percentile(sql, 50),
                    Stats.percentile(api, 95) / Stats.percentile(sql, 95));
        }
    }

    /** A realistic mix: full Chinese names, surnames, phone fragments, email fragments. */
    private static List<String> queries(int pgPort, int n) throws Exception {
        var sample = new ArrayList<String[]>();
        try (var c = ServerProcess.connect(pgPort);
                var rs = c.createStatement()
                        .executeQuery(
                                "SELECT name, coalesce(phone, ''), coalesce(email, '') FROM customer ORDER BY id LIMIT 5000")) {
            while (rs.next()) {
                sample.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        var random = new Random(1);
        var queries = new ArrayList<String>();
        while (queries.size() < n) {
            var row = sample.get(random.nextInt(sample.size()));
            switch (random.nextInt(4)) {
                case 0 -> queries.add(row[0]);
                case 1 -> queries.add(row[0].substring(0, 1));
                case 2 -> queries.add(row[1].length() >= 7 ? row[1].substring(3, 7) : row[0]);
                default -> queries.add(row[2].isEmpty() ? row[0] : row[2].substring(0, Math.min(6, row[2].length())));
            }
        }
        return queries;
    }

    private static double[] measureApi(String baseUrl, List<String> queries) throws Exception {
        var client = HttpClient.newHttpClient();
        var auth = "Basic "
                + Base64.getEncoder()
                        .encodeToString(("admin:" + ServerProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 30; i++) {
            call(client, baseUrl, auth, queries.get(i));
        }
        double[] times = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            call(client, baseUrl, auth, queries.get(i));
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return times;
    }

    private static void call(HttpClient client, String baseUrl, String auth, String q) throws Exception {
        var uri = URI.create(baseUrl + "/api/v1/customers?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        var response = client.send(
                HttpRequest.newBuilder(uri).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("search failed: " + response.statusCode() + " " + response.body());
        }
    }

    private static double[] measureSql(int pgPort, List<String> queries) throws Exception {
        try (var c = ServerProcess.connect(pgPort)) {
            var page = c.prepareStatement("""
                    SELECT id, kind, name, phone, email, tier FROM customer
                    WHERE merged_into IS NULL AND (name ILIKE ? OR phone LIKE ? OR lower(email) LIKE lower(?))
                    ORDER BY name LIMIT 20""");
            var total = c.prepareStatement("""
                    SELECT count(*) FROM customer
                    WHERE merged_into IS NULL AND (name ILIKE ? OR phone LIKE ? OR lower(email) LIKE lower(?))""");
            double[] times = new double[queries.size()];
            for (int i = -30; i < queries.size(); i++) {
                var pattern = "%" + queries.get(Math.max(0, i)) + "%";
                long start = System.nanoTime();
                for (var statement : List.of(page, total)) {
                    statement.setString(1, pattern);
                    statement.setString(2, pattern);
                    statement.setString(3, pattern);
                    try (var rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                }
                if (i >= 0) {
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            return times;
        }
    }

    private static long count(int pgPort) throws Exception {
        try (var c = ServerProcess.connect(pgPort);
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM customer")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
