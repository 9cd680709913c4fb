package dev.touchpoint.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The next best actions of one customer — what the 360 page's panel asks for — through the API
 * ({@code GET /api/v1/customers/{id}/next-actions?limit=3}) on a database of N demo customers, one
 * request at a time for customers sampled across the book, against the plain customer record
 * ({@code GET /api/v1/customers/{id}}) of the same customers in the same run. Each list of requests is
 * preceded by a warm-up round on other customers (the first request loads the mined rules).
 */
final class PanelBench {

    private PanelBench() {}

    static void run(Options options) throws Exception {
        var jar = Path.of(options.get("jar", "touchpoint-server/target/touchpoint-server.jar"));
        int customers = options.getInt("customers", 100_000);
        int requests = options.getInt("requests", 500);
        var dir = ServerProcess.dataDir(options, "panel");
        int pgPort = ServerProcess.freePort();
        try (var server = ServerProcess.startOnDemo(jar, dir, pgPort, customers)) {
            var ids = sample(pgPort, requests * 2);
            var warmUp = ids.subList(requests, ids.size());
            var measured = ids.subList(0, requests);
            var client = HttpClient.newHttpClient();
            String base = server.baseUrl();
            // a personal API token, as integrations call: Basic auth would spend most of each request
            // checking the password hash
            var auth = "Bearer " + ServerProcess.adminToken(client, base, "panel-bench");
            measure(client, auth, base, warmUp, "/next-actions?limit=3");
            measure(client, auth, base, warmUp, "");
            double[] panel = measure(client, auth, base, measured, "/next-actions?limit=3");
            double[] record = measure(client, auth, base, measured, "");
            System.out.printf("%d customers in the book, %d measured one at a time%n", count(pgPort), requests);
            System.out.printf(
                    "next actions  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    Stats.percentile(panel, 50), Stats.percentile(panel, 95), Stats.percentile(panel, 99));
            System.out.printf(
                    "customer      p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    Stats.percentile(record, 50), Stats.percentile(record, 95), Stats.percentile(record, 99));
            System.out.printf(
                    "ratio next actions / customer record: p50 %.2f, p95 %.2f%n",
                    Stats.percentile(panel, 50) / Stats.percentile(record, 50),
                    Stats.percentile(panel, 95) / Stats.percentile(record, 95));
        }
    }

    private static double[] measure(HttpClient client, String auth, String base, List<Long> ids, String suffix)
            throws Exception {
        double[] ms = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            long start = System.nanoTime();
            var response = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/customers/" + ids.get(i) + suffix))
                            .header("Authorization", auth)
                            .header("Accept-Language", "zh-CN")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        suffix + " of customer " + ids.get(i) + ": " + response.statusCode() + " " + response.body());
            }
        }
        return ms;
    }

    /** Customers spread over the book, in a fixed pseudo-random order (the same in every run). */
    private static List<Long> sample(int pgPort, int n) throws Exception {
        var ids = new ArrayList<Long>();
        try (var c = ServerProcess.connect(pgPort);
                var st = c.prepareStatement("SELECT id FROM customer ORDER BY md5(id::text) LIMIT ?")) {
            st.setInt(1, n);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static long count(int pgPort) throws Exception {
        try (var c = ServerProcess.connect(pgPort);
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM customer")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
