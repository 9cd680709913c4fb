package dev.touchpoint.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;

/**
 * Event ingestion throughput: NDJSON batches through {@code POST /api/v1/events} with a bearer token
 * (parse, validate, scope, store exactly once), against a plain {@code COPY} of the same rows into a
 * same-shaped table in the same database. One event in ten carries an emotion answer.
 */
final class IngestBench {

    private IngestBench() {}

    static void run(Options options) throws Exception {
        var jar = Path.of(options.get("jar", "touchpoint-server/target/touchpoint-server.jar"));
        int batches = options.getInt("batches", 10);
        int size = options.getInt("batch-size", 10_000);
        var dir = Files.createTempDirectory("bench-ingest-").resolve("data");
        int pgPort = ServerProcess.freePort();
        try (var server = ServerProcess.start(
                jar,
                dir,
                pgPort,
                "--touchpoint.demo=true",
                "--touchpoint.demo-customers=" + options.getInt("customers", 5000))) {
            server.awaitHealthy(Duration.ofMinutes(5));
            server.awaitLog("Demo business loaded in", Duration.ofMinutes(10));
            var token = token(server.baseUrl());
            List<Long> customers;
            List<String> codes;
            try (var c = ServerProcess.connect(pgPort)) {
                customers = column(c, "SELECT id FROM customer ORDER BY id LIMIT 5000", Long.class);
                codes = column(c, "SELECT code FROM touchpoint ORDER BY id", String.class);
            }
            var random = new Random(7);
            var all = new ArrayList<String[]>();
            var bodies = new ArrayList<String>();
            for (int b = 0; b < batches + 3; b++) {
                var ndjson = new StringBuilder(size * 200);
                for (int i = 0; i < size; i++) {
                    var e = event(b, i, customers, codes, random);
                    all.add(e);
                    ndjson.append(String.format(
                            "{\"eventId\":\"%s\",\"customerId\":%s,\"touchpoint\":\"%s\","
                                    + "\"occurredAt\":\"%s\",%s\"attributes\":{\"bench\":true}}%n",
                            e[0], e[1], e[2], e[3], e[4].isEmpty() ? "" : "\"emotion\":" + e[4] + ","));
                }
                bodies.add(ndjson.toString());
            }
            var client = HttpClient.newHttpClient();
            for (int b = 0; b < 3; b++) {
                post(client, server.baseUrl(), token, bodies.get(b));
            }
            long start = System.nanoTime();
            for (int b = 3; b < bodies.size(); b++) {
                post(client, server.baseUrl(), token, bodies.get(b));
            }
            double apiSeconds = (System.nanoTime() - start) / 1e9;
            double copySeconds = copyBaseline(pgPort, all.subList(3 * size, all.size()), codes);
            long events = (long) batches * size;
            System.out.printf("%d events in %d NDJSON batches of %d%n", events, batches, size);
            System.out.printf("API ingestion: %.2f s, %.0f events/s%n", apiSeconds, events / apiSeconds);
            System.out.printf(
                    "plain COPY of the same rows: %.2f s, %.0f events/s%n", copySeconds, events / copySeconds);
            System.out.printf("ratio API/COPY throughput: %.2f%n", copySeconds / apiSeconds);
        }
    }

    private static String[] event(int batch, int i, List<Long> customers, List<String> codes, Random random) {
        var at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(300 * 86_400));
        return new String[] {
            "bench-" + batch + "-" + i,
            Long.toString(customers.get(random.nextInt(customers.size()))),
            codes.get(random.nextInt(codes.size())),
            at.toString(),
            // like real traffic, a minority of events carries an answer (3% in the demo business; 10% here)
            random.nextDouble() < 0.1 ? Integer.toString(1 + random.nextInt(6)) : ""
        };
    }

    private static String token(String baseUrl) throws Exception {
        var auth = "Basic "
                + Base64.getEncoder()
                        .encodeToString(("admin:" + ServerProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/tokens"))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}"))
                                .header("Authorization", auth)
                                .header("Content-Type", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private static void post(HttpClient client, String baseUrl, String token, String body) throws Exception {
        var response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/events"))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/x-ndjson")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException("ingest failed: " + response.statusCode() + " " + response.body());
        }
    }

    /** COPY of the same events into a copy of the events table (same columns and indexes). */
    private static double copyBaseline(int pgPort, List<String[]> events, List<String> codes) throws Exception {
        try (var c = ServerProcess.connect(pgPort)) {
            c.createStatement().execute("CREATE TABLE bench_events (LIKE touchpoint_event INCLUDING ALL)");
            var ids = new java.util.HashMap<String, Long>();
            try (var rs = c.createStatement().executeQuery("SELECT code, id FROM touchpoint")) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
            var csv = new StringBuilder(events.size() * 120);
            for (var e : events) {
                csv.append(e[0])
                        .append(',')
                        .append(e[1])
                        .append(",,")
                        .append(ids.get(e[2]))
                        .append(",EXPERIENCE,")
                        .append(e[3])
                        .append(",,,,,,,")
                        .append(e[4])
                        .append(",\"{\"\"bench\"\": true}\",bench\n");
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            copy.copyIn(
                    "COPY bench_events (event_id, customer_id, visitor_id, touchpoint_id, kind, occurred_at, channel, "
                            + "site, zone, product_id, duration_seconds, value, emotion, attributes, recorded_by) FROM STDIN "
                            + "WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
            double seconds = (System.nanoTime() - start) / 1e9;
            c.createStatement().execute("DROP TABLE bench_events");
            return seconds;
        }
    }

    private static <T> List<T> column(java.sql.Connection c, String sql, Class<T> type) throws Exception {
        var values = new ArrayList<T>();
        try (var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getObject(1, type));
            }
        }
        return values;
    }
}
