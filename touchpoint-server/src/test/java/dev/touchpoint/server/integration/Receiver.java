package dev.touchpoint.server.integration;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A real HTTP receiver on 127.0.0.1 for the webhook tests: it answers from a script (status, delay,
 * body) — the first answers failing, slow, 500 or 429 — and then 200, and records every request.
 */
public final class Receiver implements AutoCloseable {

    /** One scripted answer. */
    public record Answer(int status, Duration delay, String body) {
        public static Answer status(int status) {
            return new Answer(status, Duration.ZERO, "");
        }

        public static Answer slow(Duration delay) {
            return new Answer(200, delay, "");
        }

        public static Answer json(String body) {
            return new Answer(200, Duration.ZERO, body);
        }
    }

    /** One request as received, with when it arrived and what it was answered. */
    public record Request(
            long receivedAtMillis,
            String path,
            String query,
            Map<String, List<String>> headers,
            String body,
            int answered,
            boolean tooSlow) {
        public String header(String name) {
            var values = headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst()
                    .map(Map.Entry::getValue)
                    .orElse(List.of());
            return values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Answer otherwise = Answer.status(200);

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            long arrived = System.currentTimeMillis();
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var answer = script.poll();
            if (answer == null) {
                answer = otherwise;
            }
            requests.add(new Request(
                    arrived,
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body,
                    answer.status(),
                    !answer.delay().isZero()));
            if (!answer.delay().isZero()) {
                try {
                    Thread.sleep(answer.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            try {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                if (answer.status() == 429) {
                    exchange.getResponseHeaders().add("Retry-After", "0");
                }
                if (answer.status() >= 300 && answer.status() < 400) {
                    exchange.getResponseHeaders().add("Location", "http://127.0.0.1:1/elsewhere");
                }
                exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    exchange.getResponseBody().write(bytes);
                }
            } catch (IOException clientGone) {
                // the sender timed out and hung up: that attempt is recorded as answered all the same
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** Answers the next requests with these, in order, then with {@link #otherwise(Answer)}. */
    public Receiver then(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    public Receiver otherwise(Answer answer) {
        this.otherwise = answer;
        return this;
    }

    public String url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)
                .toString();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Waits until {@code count} requests matching {@code test} were answered 2xx in time (not slowed). */
    public List<Request> awaitAcknowledged(Predicate<Request> test, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var acked = requests.stream()
                    .filter(r -> r.answered() >= 200 && r.answered() < 300 && !r.tooSlow() && test.test(r))
                    .toList();
            if (acked.size() >= count) {
                return acked;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(
                "expected " + count + " acknowledged requests within " + timeout + ", got: " + requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
