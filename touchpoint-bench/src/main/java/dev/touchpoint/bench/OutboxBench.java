package dev.touchpoint.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the webhook outbox costs the writes that feed it: orders placed one at a time through
 * {@code POST /api/v1/orders} (each publishes order.created) and NDJSON event
 * batches through {@code POST /api/v1/events}, alternately with no subscription and with an active
 * subscription to every event type (a receiver in this JVM answering 204), in the same run. Then how
 * fast the dispatcher drains the outbox.
 */
final class OutboxBench {

    private OutboxBench() {}

    static void run(Options options) throws Exception {
        var jar = Path.of(options.get("jar", "touchpoint-server/target/touchpoint-server.jar"));
        int orders = options.getInt("orders", 500);
        int rounds = options.getInt("rounds", 3);
        int batch = options.getInt("batch-size", 5000);
        var dir = Files.createTempDirectory("bench-outbox-").resolve("data");
        int pgPort = ServerProcess.freePort();
        var received = new AtomicLong();
        var sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sink.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        sink.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        sink.start();
        try (var server = ServerProcess.start(
                jar,
                dir,
                pgPort,
                "--touchpoint.demo=true",
                "--touchpoint.demo-customers=" + options.getInt("customers", 2000),
                "--touchpoint.value.cron=-",
                "--touchpoint.integration.allow-private-targets=true",
                "--touchpoint.integration.allow-http=true")) {
            server.awaitLog("Demo business loaded in", Duration.ofMinutes(20));
            server.awaitHealthy(Duration.ofMinutes(5));
            var client = HttpClient.newHttpClient();
            var token = "Bearer " + ServerProcess.adminToken(client, server.baseUrl(), "outbox-bench");
            List<Long> customers;
            List<Long> products;
            List<String> codes;
            try (var c = ServerProcess.connect(pgPort)) {
                // customers without a credit limit and small accessories, so that no order is refused
                customers = column(
                        c,
                        "SELECT id FROM customer c WHERE deleted_at IS NULL AND merged_into IS NULL AND NOT EXISTS "
                                + "(SELECT 1 FROM credit_limit l WHERE l.customer_id = c.id) ORDER BY id LIMIT 2000");
                products = column(c, "SELECT id FROM product WHERE active ORDER BY list_price, id LIMIT 20");
                codes = new ArrayList<>();
                try (var rs = c.createStatement().executeQuery("SELECT code FROM touchpoint ORDER BY id")) {
                    while (rs.next()) {
                        codes.add(rs.getString(1));
                    }
                }
            }
            var random = new Random(11);
            String everything = "[\"customer.created\",\"customer.changed\",\"customer.merged\",\"consent.changed\","
                    + "\"order.created\",\"order.stage_changed\",\"payment.received\",\"lead.created\","
                    + "\"lead.assigned\",\"lead.converted\",\"lead.lost\",\"opportunity.stage_moved\","
                    + "\"ticket.created\",\"ticket.solved\",\"sla.breach_imminent\",\"sla.breached\","
                    + "\"warning.raised\",\"warning.closed\",\"next_action.accepted\",\"value_run.done\"]";
            var sinkUrl = "http://127.0.0.1:" + sink.getAddress().getPort() + "/hook";
            // warm-up, both ways
            placeOrders(client, server, token, customers, products, random, 200);
            long subscription = subscribe(client, server, token, sinkUrl, everything);
            placeOrders(client, server, token, customers, products, random, 200);
            ingest(client, server, token, events(batch, customers, codes, random, "warm"));
            pause(client, server, token, subscription, true);
            var without = new ArrayList<Double>();
            var with = new ArrayList<Double>();
            var ingestWithout = new ArrayList<Double>();
            var ingestWith = new ArrayList<Double>();
            for (int round = 0; round < rounds; round++) {
                without.add(placeOrders(client, server, token, customers, products, random, orders));
                ingestWithout.add(ingest(client, server, token, events(batch, customers, codes, random, "a" + round)));
                pause(client, server, token, subscription, false);
                with.add(placeOrders(client, server, token, customers, products, random, orders));
                ingestWith.add(ingest(client, server, token, events(batch, customers, codes, random, "b" + round)));
                pause(client, server, token, subscription, true);
            }
            pause(client, server, token, subscription, false);
            long expected = 200 + (long) rounds * orders; // one order.created per order while subscribed
            long start = System.nanoTime();
            while (received.get() < expected
                    && System.nanoTime() - start < Duration.ofMinutes(5).toNanos()) {
                Thread.sleep(50);
            }
            double drain = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "orders placed one at a time, %d per phase, %d rounds, median orders/s:%n", orders, rounds);
            double a = Stats.median(
                    without.stream().mapToDouble(Double::doubleValue).toArray());
            double b =
                    Stats.median(with.stream().mapToDouble(Double::doubleValue).toArray());
            System.out.printf("  no subscription:                 %.1f  (rounds %s)%n", a, format(without));
            System.out.printf("  subscribed to every event type:  %.1f  (rounds %s)%n", b, format(with));
            System.out.printf("  ratio with/without:              %.3f%n", b / a);
            double ia = Stats.median(
                    ingestWithout.stream().mapToDouble(Double::doubleValue).toArray());
            double ib = Stats.median(
                    ingestWith.stream().mapToDouble(Double::doubleValue).toArray());
            System.out.printf("event ingestion, NDJSON batches of %d, median events/s:%n", batch);
            System.out.printf("  no subscription:                 %.0f  (rounds %s)%n", ia, format(ingestWithout));
            System.out.printf("  subscribed to every event type:  %.0f  (rounds %s)%n", ib, format(ingestWith));
            System.out.printf("  ratio with/without:              %.3f%n", ib / ia);
            System.out.printf(
                    "webhooks delivered: %d of %d; the outbox's backlog drained %.1f s after the last write%n",
                    received.get(), expected, drain);
        } finally {
            sink.stop(0);
        }
    }

    private static double placeOrders(
            HttpClient client,
            ServerProcess server,
            String token,
            List<Long> customers,
            List<Long> products,
            Random random,
            int n)
            throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            var body = "{\"customerId\":" + customers.get(random.nextInt(customers.size())) + ","
                    + "\"lines\":[{\"productId\":" + products.get(random.nextInt(products.size()))
                    + ",\"quantity\":1}]}";
            var response = send(client, server, token, "POST", "/api/v1/orders", "application/json", body);
            if (response.statusCode() != 201) {
                throw new IllegalStateException("order failed: " + response.statusCode() + " " + response.body());
            }
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static double ingest(HttpClient client, ServerProcess server, String token, String ndjson)
            throws Exception {
        long lines = ndjson.lines().count();
        long start = System.nanoTime();
        var response = send(client, server, token, "POST", "/api/v1/events", "application/x-ndjson", ndjson);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException("ingest failed: " + response.statusCode() + " " + response.body());
        }
        return lines / ((System.nanoTime() - start) / 1e9);
    }

    private static String events(int n, List<Long> customers, List<String> codes, Random random, String tag) {
        var out = new StringBuilder(n * 160);
        for (int i = 0; i < n; i++) {
            out.append("{\"eventId\":\"outbox-")
                    .append(tag)
                    .append('-')
                    .append(i)
                    .append("\",\"customerId\":")
                    .append(customers.get(random.nextInt(customers.size())))
                    .append(",\"touchpoint\":\"")
                    .append(codes.get(random.nextInt(codes.size())))
                    .append("\",\"occurredAt\":\"2026-06-01T02:00:00Z\"}\n");
        }
        return out.toString();
    }

    private static long subscribe(HttpClient client, ServerProcess server, String token, String url, String types)
            throws Exception {
        var response = send(
                client,
                server,
                token,
                "POST",
                "/api/v1/webhooks",
                "application/json",
                "{\"name\":\"bench sink\",\"url\":\"" + url + "\",\"eventTypes\":" + types + "}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("subscribe failed: " + response.statusCode() + " " + response.body());
        }
        var m = java.util.regex.Pattern.compile("\"subscription\":\\{\"id\":(\\d+)")
                .matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no id: " + response.body());
        }
        return Long.parseLong(m.group(1));
    }

    private static void pause(HttpClient client, ServerProcess server, String token, long id, boolean pause)
            throws Exception {
        var response = send(
                client,
                server,
                token,
                "POST",
                "/api/v1/webhooks/" + id + (pause ? "/pause" : "/resume"),
                "application/json",
                "");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("pause failed: " + response.statusCode() + " " + response.body());
        }
    }

    private static HttpResponse<String> send(
            HttpClient client, ServerProcess server, String token, String method, String path, String type, String body)
            throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .header("Authorization", token)
                        .header("Content-Type", type)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<Long> column(java.sql.Connection c, String sql) throws Exception {
        var out = new ArrayList<Long>();
        try (var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format("%.1f", v)).toList().toString();
    }
}
