package dev.touchpoint.bench;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * A whole analytics run through the API ({@code POST …/runs}, polled until done) on a database of N
 * demo customers, against the floor measured in the same run: a {@code COPY} of the rows the run
 * streams, read to the end over JDBC.
 *
 * <ul>
 *   <li>{@code value}: the value engine ({@code /api/v1/value/runs}); floor {@code COPY (SELECT
 *       customer_id, order_date, revenue FROM sales_order WHERE stage <> 'CANCELLED')};
 *   <li>{@code mining}: cross-sell mining ({@code /api/v1/crosssell/runs}: rules and sequences per
 *       product and category, the offline evaluation, outcome attribution); floor the order lines the
 *       miner streams, sorted as it reads them.
 * </ul>
 */
final class ServerRunBench {

    /** What one kind of run is: where it starts, what it reports, what its floor reads. */
    record Target(String name, String runs, List<String> reported, String floorRows, String floorSql) {}

    static final Target VALUE = new Target(
            "value",
            "/api/v1/value/runs",
            List.of("customers", "orders", "warnings"),
            "orders (customer_id, order_date, revenue)",
            "COPY (SELECT customer_id, order_date, revenue FROM sales_order WHERE stage <> 'CANCELLED') TO STDOUT");

    static final Target MINING = new Target(
            "mining",
            "/api/v1/crosssell/runs",
            List.of("customers", "orders", "rules", "sequences"),
            "order lines (customer, order, date, sku, category, kind; sorted)",
            """
            COPY (SELECT o.customer_id, o.id, o.order_date, p.sku, c.code, p.kind
                  FROM sales_order o JOIN order_line l ON l.order_id = o.id JOIN product p ON p.id = l.product_id
                  LEFT JOIN product_category c ON c.id = p.category_id
                  WHERE o.stage <> 'CANCELLED' ORDER BY o.customer_id, o.order_date, o.id) TO STDOUT""");

    private static final Pattern FIELD = Pattern.compile("\"([A-Za-z]+)\":\"?([^,\"}]*)");

    private ServerRunBench() {}

    static void run(Options options, Target target) throws Exception {
        var jar = Path.of(options.get("jar", "touchpoint-server/target/touchpoint-server.jar"));
        int customers = options.getInt("customers", 100_000);
        int runs = options.getInt("runs", 2);
        var dir = ServerProcess.dataDir(options, target.name());
        int pgPort = ServerProcess.freePort();
        try (var server = ServerProcess.startOnDemo(jar, dir, pgPort, customers)) {
            var client = HttpClient.newHttpClient();
            var auth = "Basic "
                    + Base64.getEncoder()
                            .encodeToString(("admin:" + ServerProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
            double[] wall = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                var started = client.send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + target.runs()))
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
                                    HttpRequest.newBuilder(URI.create(server.baseUrl() + target.runs() + "/" + id))
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
                var reported = new StringBuilder();
                for (var name : target.reported()) {
                    reported.append(", ").append(field(body, name)).append(' ').append(name);
                }
                System.out.printf(
                        "run %d: %.2f s until DONE seen (server duration %.2f s)%s%n",
                        i + 1, wall[i], Long.parseLong(field(body, "durationMs")) / 1e3, reported);
                if (target == MINING) {
                    var line = server.awaitLog("mining run " + id + " as of", Duration.ofSeconds(30));
                    System.out.println("  " + line.substring(line.indexOf("mining run")));
                }
            }
            double[] copy = new double[3];
            long rows = 0;
            for (int i = 0; i < copy.length; i++) {
                long start = System.nanoTime();
                try (var c = ServerProcess.connect(pgPort)) {
                    rows = c.unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyOut(target.floorSql(), OutputStream.nullOutputStream());
                }
                copy[i] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(copy);
            System.out.printf(
                    "floor: COPY of %d %s, 3 runs: min %.2f s, median %.2f s%n",
                    rows, target.floorRows(), copy[0], copy[1]);
            for (int i = 0; i < runs; i++) {
                System.out.printf("ratio run %d / COPY median: %.1f×%n", i + 1, wall[i] / copy[1]);
            }
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
