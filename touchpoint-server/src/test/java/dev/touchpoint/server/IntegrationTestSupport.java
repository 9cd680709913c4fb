package dev.touchpoint.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for tests against the running server on a random port, backed by the real embedded
 * PostgreSQL in a fresh data directory (one per test JVM, shared through Spring's context cache).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTestSupport {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.data-dir", DATA_DIR::toString);
        registry.add("touchpoint.security.admin-password", () -> ADMIN_PASSWORD);
        // every test signs in from 127.0.0.1; SignInIntegrationTest throttles another loopback address
        registry.add("touchpoint.security.max-failed-logins-per-address", () -> "50");
        // webhook receivers in the tests listen on 127.0.0.1 over plain http; retries come fast
        registry.add("touchpoint.integration.allow-private-targets", () -> "true");
        registry.add("touchpoint.integration.allow-http", () -> "true");
        registry.add("touchpoint.integration.retry-delays", () -> "100ms,200ms,400ms");
        registry.add("touchpoint.integration.request-timeout", () -> "1s");
        registry.add("touchpoint.integration.poll-interval", () -> "200ms");
    }

    private static Path createDataDir() {
        try {
            var target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "pg-it-").resolve("data");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    protected HttpResponse<String> get(String path, String authorization) throws Exception {
        var builder = HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> send(String method, String path, String authorization, String json)
            throws Exception {
        var builder = HttpRequest.newBuilder(uri(path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected String admin() {
        return basic("admin", ADMIN_PASSWORD);
    }
}
