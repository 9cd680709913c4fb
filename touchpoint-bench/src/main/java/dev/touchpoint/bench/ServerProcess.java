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

    /** The {@code --data-dir} option, else a new temporary directory (a fresh demo load). */
    static Path dataDir(Options options, String bench) throws IOException {
        return Path.of(options.get(
                "data-dir",
                java.nio.file.Files.createTempDirectory("bench-" + bench + "-")
                        .resolve("data")
                        .toString()));
    }

    /**
     * A server on the demo business of {@code customers} in {@code dataDir} with its PostgreSQL on
     * {@code pgPort} and the nightly value job off: a new directory first loads the demo (its log line is
     * printed), an existing one is reused. Healthy on return.
     */
    static ServerProcess startOnDemo(Path jar, Path dataDir, int pgPort, int customers) throws Exception {
        boolean existing = java.nio.file.Files.exists(dataDir.resolve("postgresql.conf"));
        var server = start(
                jar,
                dataDir,
                pgPort,
                "--touchpoint.demo=" + !existing,
                "--touchpoint.demo-customers=" + customers,
                "--touchpoint.value.cron=-");
        try {
            if (!existing) {
                System.out.println(server.awaitLog("Demo business loaded in", Duration.ofMinutes(90)));
            }
            server.awaitHealthy(Duration.ofMinutes(5));
            return server;
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    /** A new personal API token of the administrator (Bearer), so that requests skip the password hash. */
    static String adminToken(HttpClient client, String baseUrl, String name) throws Exception {
        var basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/tokens"))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var m = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
