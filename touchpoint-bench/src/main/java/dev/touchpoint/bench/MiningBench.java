package dev.touchpoint.bench;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * A cross-sell mining run ({@code POST /api/v1/crosssell/runs}, polled until done: association rules
 * and sequences per product and per category, the offline evaluation, outcome attribution) on a
 * database of N demo customers, against the floor measured in the same run: {@code COPY} of the order
 * lines the miner streams, read to the end over JDBC.
 */
final class MiningBench {

    private static final Pattern FIELD =
            Pattern.compile("\"(id|status|durationMs|customers|orders|rules|sequences|error)\":\"?([^,\"}]*)");

    private MiningBench() {}

    static void run(Options options) throws Exception {
        var jar = Path.of(options.get("jar", "touchpoint-server/target/touchpoint-server.jar"));
        int customers = options.getInt("customers", 100_000);
        int runs = options.getInt("runs", 2);
        var dir = Path.of(options.get(
                "data-dir",
                Files.createTempDirectory("bench-mining-").resolve("data").toString()));
        boolean existing = Files.exists(dir.resolve("postgresql.conf"));
        int pgPort = ServerProcess.freePort();
        try (var server = ServerProcess.start(
                jar,
                dir,
                pgPort,
                "--touchpoint.demo=" + !existing,
                "--touchpoint.demo-customers=" + customers,
                "--touchpoint.value.cron=-")) {
            if (!existing) {
                System.out.println(server.awaitLog("Demo business loaded in", Duration.ofMinutes(90)));
            }
            server.awaitHealthy(Duration.ofMinutes(5));
            var client = HttpClient.newHttpClient();
            var auth = "Basic "
                    + Base64.getEncoder()
                            .encodeToString(("admin:" + ServerProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
            double[] wall = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                var started = client.send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/crosssell/runs"))
                                .header("Authorization", auth)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (started.statusCode() != 202) {
                    throw new IllegalStateException("run not started: " + started.statusCode() + " " + started.body());
                }
                var id = field(started.body(), "id");
                String body;
                while (true) {
                    Thread.sleep(100);
                    body = client.send(
                                    HttpRequest.newBuilder(
                                                    URI.create(server.baseUrl() + "/api/v1/crosssell/runs/" + id))
                                            .header("Authorization", auth)
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
                    var status = field(body, "status");
                    if ("FAILED".equals(status)) {
                        throw new IllegalStateException("run failed: " + body);
                    }
                    if ("DONE".equals(status)) {
                        break;
                    }
                }
                wall[i] = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "run %d: %.2f s until DONE seen (server duration %.2f s), %s customers, %s orders, %s rules, %s sequential rules%n",
                        i + 1,
                        wall[i],
                        Long.parseLong(field(body, "durationMs")) / 1e3,
                        field(body, "customers"),
                        field(body, "orders"),
                        field(body, "rules"),
                        field(body, "sequences"));
            }
            double[] copy = new double[3];
            long rows = 0;
            for (int i = 0; i < copy.length; i++) {
                long start = System.nanoTime();
                rows = copy(pgPort);
                copy[i] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(copy);
            System.out.printf(
                    "floor: COPY of %d order lines (customer, order, date, sku, category, kind; sorted), 3 runs: min %.2f s, median %.2f s%n",
                    rows, copy[0], copy[1]);
            for (int i = 0; i < runs; i++) {
                System.out.printf("ratio run %d / COPY median: %.1f×%n", i + 1, wall[i] / copy[1]);
            }
        }
    }

    private static long copy(int pgPort) throws Exception {
        try (var c = ServerProcess.connect(pgPort)) {
            return c.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    COPY (SELECT o.customer_id, o.id, o.order_date, p.sku, c.code, p.kind
                          FROM sales_order o JOIN order_line l ON l.order_id = o.id JOIN product p ON p.id = l.product_id
                          LEFT JOIN product_category c ON c.id = p.category_id
                          WHERE o.stage <> 'CANCELLED' ORDER BY o.customer_id, o.order_date, o.id) TO STDOUT""", OutputStream.nullOutputStream());
        }
    }

    private static String field(String json, String name) {
        var m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }
}
