package dev.touchpoint.server.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code target/touchpoint-server.jar}, built by {@code package} before the
 * integration tests run) started as its own process, exactly as an operator starts it.
 */
final class ServerJar implements AutoCloseable {

    static final String ADMIN_PASSWORD = "crash-test-admin-password";

    private final Process process;
    private final int port;
    private final Path log;
    private final long started = System.nanoTime();

    private ServerJar(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static ServerJar start(Path dataDir, String name, String... args) throws IOException {
        int port = freePort();
        var log = Files.createDirectories(Path.of("target", "server-jar-logs")).resolve(name + ".log");
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-jar",
                Path.of("target", "touchpoint-server.jar").toAbsolutePath().toString(),
                "--server.port=" + port,
                "--touchpoint.data-dir=" + dataDir));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TOUCHPOINT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return new ServerJar(builder.start(), port, log);
    }

    /** Seconds from launch until {@code /actuator/health} answers UP; fails when the process ends first. */
    double awaitHealthy(Duration timeout) throws Exception {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(uri("/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not healthy within " + timeout + ":\n" + logTail());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A request as the administrator (HTTP Basic). */
    HttpResponse<String> post(String path, String type, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri(path))
                                .header("Content-Type", type)
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString(("admin:" + ADMIN_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL, as the OOM killer or a crashed container does. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** The database watchdog this server started, if it is running. */
    Optional<ProcessHandle> watchdog() {
        return ProcessHandle.allProcesses()
                .filter(p -> commandLine(p).contains("touchpoint-db-watchdog " + pid() + " "))
                .findFirst();
    }

    static String commandLine(ProcessHandle p) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"))
                    .replace('\0', ' ');
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private String logTail() {
        try {
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
