package dev.touchpoint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Touchpoint server started as a separate JVM, exactly as a user starts it. */
final class ServerProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "bench-admin-password";

    private final Process process;
    private final int port;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final long startedNanos;

    private ServerProcess(Process process, int port, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
        var reader = new Thread(this::drain, "server-output");
        reader.setDaemon(true);
        reader.start();
    }

    private static final java.util.Map<Integer, Path> DATA_DIRS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A connection to the embedded PostgreSQL of a server started here on {@code pgPort}, with the
     * password the server keeps in its data directory (the database trusts nobody).
     */
    static java.sql.Connection connect(int pgPort) throws Exception {
        var dir = DATA_DIRS.get(pgPort);
        if (dir == null) {
            throw new IllegalStateException("no server was started here with its database on port " + pgPort);
        }
        var password = java.nio.file.Files.readString(dir.resolve("touchpoint-password"))
                .strip();
        return java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres", password);
    }

    static ServerProcess start(Path jar, Path dataDir, int pgPort, String... extraArgs) throws IOException {
        if (pgPort > 0) {
            DATA_DIRS.put(pgPort, dataDir);
        }
        int port = freePort();
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--touchpoint.data-dir=" + dataDir));
        if (pgPort > 0) {
            command.add("--touchpoint.embedded-port=" + pgPort);
        }
        command.addAll(List.of(extraArgs));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TOUCHPOINT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        long started = System.nanoTime();
        return new ServerProcess(builder.start(), port, started);
    }

    /** Seconds from launch until {@code /actuator/health} answers UP. */
    double awaitHealthy(Duration timeout) throws Exception {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited:\n" + String.join("\n", tail(40)));
            }
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not healthy within " + timeout + ":\n" + String.join("\n", tail(40)));
    }

    /** Waits for a log line containing {@code marker} and returns it. */
    String awaitLog(String marker, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (var line : output) {
                if (line.contains(marker)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited:\n" + String.join("\n", tail(40)));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no '" + marker + "' within " + timeout + ":\n" + String.join("\n", tail(40)));
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    List<String> tail(int n) {
        var all = new ArrayList<>(output);
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void drain() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException ended) {
            // process ended
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
