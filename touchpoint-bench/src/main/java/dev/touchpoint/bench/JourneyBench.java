package dev.touchpoint.bench;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The journey-analytics dashboards' queries ({@code /api/v1/analytics/...}) over HTTP as ADMIN (who
 * sees every customer and the anonymous visitors), on a database of N demo customers, for one or more
 * periods ending now ({@code --days 220,365}: the demo's 100,000 customers have about 2 M events in
 * the last 220 days, 3.1 M in a year). Each query: one warm-up, then the median of {@code --runs}
 * (default 5), against two baselines measured in the same run on the same rows: {@code SELECT count(*)}
 * and a {@code COPY} of the 11 columns the analyses read, to the end over JDBC. Starts by
 * {@code VACUUM ANALYZE touchpoint_event}, as autovacuum would after a bulk load.
 */
final class JourneyBench {

    private JourneyBench() {}

    static void run(Options options) throws Exception {
        var jar = Path.of(options.get("jar", "touchpoint-server/target/touchpoint-server.jar"));
        int customers = options.getInt("customers", 100_000);
        int runs = options.getInt("runs", 5);
        var days = List.of(options.get("days", "220,365").split(","));
        var dir = ServerProcess.dataDir(options, "journey");
        int pgPort = ServerProcess.freePort();
        try (var server = ServerProcess.startOnDemo(jar, dir, pgPort, customers)) {
            try (var c = ServerProcess.connect(pgPort)) {
                c.createStatement().execute("VACUUM ANALYZE touchpoint_event");
            }
            var client = HttpClient.newHttpClient();
            var token = ServerProcess.adminToken(client, server.baseUrl(), "journey-bench");
            for (var d : days) {
                int n = Integer.parseInt(d.strip());
                report(client, server.baseUrl(), token, pgPort, n, runs);
            }
        }
    }

    private static void report(HttpClient client, String base, String token, int pgPort, int days, int runs)
            throws Exception {
        var from = LocalDate.now(ZoneOffset.UTC).minusDays(days).toString();
        var period = "occurred_at >= now() - interval '" + days + " days'";
        long events;
        try (var c = ServerProcess.connect(pgPort);
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM touchpoint_event WHERE " + period)) {
            rs.next();
            events = rs.getLong(1);
        }
        double count = median(runs, () -> sql(pgPort, "SELECT count(*) FROM touchpoint_event WHERE " + period));
        double copy = median(
                runs,
                () -> copy(
                        pgPort,
                        "COPY (SELECT customer_id, visitor_id, touchpoint_id, kind,"
                                + " occurred_at, channel, site, zone, product_id, duration_seconds, emotion FROM touchpoint_event WHERE "
                                + period + ") TO STDOUT"));
        System.out.printf(
                "%n== last %d days (from %s): %,d events; %d runs each after a warm-up, median ==%n",
                days, from, events, runs);
        System.out.printf("%-44s %9s %9s%n", "query", "ms", "× COPY");
        line("baseline count(*)", count, copy);
        line("baseline COPY of the 11 columns", copy, copy);
        var api = base + "/api/v1/analytics/";
        for (var q : queries(from).entrySet()) {
            var spec = q.getValue();
            double ms = median(runs, () -> http(client, token, api + spec[0], spec.length > 1 ? spec[1] : null));
            line(q.getKey(), ms, copy);
        }
    }

    private static Map<String, String[]> queries(String from) {
        var q = new LinkedHashMap<String, String[]>();
        q.put("funnel ORDERED, 4 steps", new String[] {"funnel", """
                {"steps":[{"touchpoint":"SHOWROOM_ENTRY"},{"touchpoint":"TEST_DRIVE"},{"touchpoint":"QUOTE"},\
                {"touchpoint":"CONTRACT"}],"order":"ORDERED","window":"P14D","from":"%s"}""".formatted(from)});
        q.put("funnel STRICT, 3 steps", new String[] {"funnel", """
                {"steps":[{"touchpoint":"SHOWROOM_ENTRY"},{"touchpoint":"RECEPTION"},{"touchpoint":"SHOWROOM_DISPLAY"}],\
                "order":"STRICT","window":"P1D","from":"%s"}""".formatted(from)});
        q.put("funnel ANY, 3 steps, by tier", new String[] {"funnel", """
                {"steps":[{"touchpoint":"SHOWROOM_ENTRY"},{"touchpoint":"TEST_DRIVE"},{"kind":"PURCHASE"}],\
                "order":"ANY","window":"P30D","breakdown":"tier","from":"%s"}""".formatted(from)});
        q.put("paths from SHOWROOM_ENTRY, 5 steps", new String[] {"paths?touchpoint=SHOWROOM_ENTRY&steps=5&from=" + from
        });
        q.put("paths to CONTRACT, 5 steps", new String[] {"paths?touchpoint=CONTRACT&direction=end&steps=5&from=" + from
        });
        q.put("zones", new String[] {"zones?from=" + from});
        q.put("emotion curve + expectation gaps", new String[] {"emotion?from=" + from});
        q.put("peak-end (repurchase)", new String[] {"peak-end?from=" + from});
        q.put("key touchpoints", new String[] {"key-touchpoints?from=" + from});
        q.put("voice of the customer by site", new String[] {"voice?groupBy=site&from=" + from});
        return q;
    }

    private static void line(String name, double ms, double copy) {
        System.out.printf("%-44s %9.0f %9.2f%n", name, ms, ms / copy);
    }

    interface Timed {
        void run() throws Exception;
    }

    /** One warm-up, then the median of {@code runs} timings in ms. */
    private static double median(int runs, Timed action) throws Exception {
        action.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return Stats.median(ms);
    }

    private static void http(HttpClient client, String token, String url, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static void sql(int pgPort, String sql) throws Exception {
        try (var c = ServerProcess.connect(pgPort);
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
        }
    }

    private static void copy(int pgPort, String sql) throws Exception {
        try (var c = ServerProcess.connect(pgPort)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, OutputStream.nullOutputStream());
        }
    }
}
