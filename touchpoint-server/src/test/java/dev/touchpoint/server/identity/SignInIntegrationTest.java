package dev.touchpoint.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-ins and tokens as a hostile client meets them. Requests "from another address" leave from
 * another loopback address (127.0.0.2, 127.0.0.3), as a second machine would.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInIntegrationTest extends IntegrationTestSupport {

    private static final String PASSWORD = "sign-in-test-pass-1";

    @Test
    void aLockedUserAndAnUnknownOneGetTheSameAnswer() throws Exception {
        var name = user("SALES");
        for (int i = 0; i < 5; i++) {
            assertThat(from("127.0.0.2", "GET", "/api/v1/me", basic(name, "wrong-password-" + i))
                            .status())
                    .isEqualTo(401);
        }
        var locked = from("127.0.0.2", "GET", "/api/v1/me", basic(name, PASSWORD));
        var unknown = from("127.0.0.2", "GET", "/api/v1/me", basic("nobody-" + UUID.randomUUID(), PASSWORD));
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(unknown.body());
        assertThat(locked.body()).doesNotContain("locked\"").doesNotContain("Bad credentials");
    }

    @Test
    void aStrangerCannotLockARealUserOutOfTheirOwnAddress() throws Exception {
        var name = user("SALES");
        for (int i = 0; i < 6; i++) {
            from("127.0.0.2", "GET", "/api/v1/me", basic(name, "guess-" + i));
        }
        assertThat(from("127.0.0.2", "GET", "/api/v1/me", basic(name, PASSWORD)).status())
                .isEqualTo(401);
        assertThat(get("/api/v1/me", basic(name, PASSWORD)).statusCode())
                .as("from the user's own address")
                .isEqualTo(200);
    }

    @Test
    void apiTokensAreNotLockedByFailedPasswordSignIns() throws Exception {
        var name = user("SALES");
        var token = token(name, "FULL");
        for (int i = 0; i < 5; i++) {
            get("/api/v1/me", basic(name, "wrong-password-" + i));
        }
        assertThat(get("/api/v1/me", basic(name, PASSWORD)).statusCode())
                .as("the password is locked")
                .isEqualTo(401);
        assertThat(get("/api/v1/me", "Bearer " + token).statusCode())
                .as("the token is not")
                .isEqualTo(200);
    }

    @Test
    void anAddressThatKeepsFailingIsThrottledBeforeAnyPasswordIsChecked() throws Exception {
        for (int i = 0; i < 50; i++) {
            from("127.0.0.3", "GET", "/api/v1/me", basic("guess" + i, "password-" + i));
        }
        var throttled = from("127.0.0.3", "GET", "/api/v1/me", admin());
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.head()).containsIgnoringCase("Retry-After:");
        assertThat(throttled.body()).contains("too-many-sign-ins");
        assertThat(get("/api/v1/me", admin()).statusCode())
                .as("other addresses are not affected")
                .isEqualTo(200);
    }

    @Test
    void tokenScopesAreEnforcedOnEveryEndpoint() throws Exception {
        var name = user("ADMIN");
        var readOnly = "Bearer " + token(name, "READ_ONLY");
        var events = "Bearer " + token(name, "EVENTS");
        assertThat(get("/api/v1/customers", readOnly).statusCode()).isEqualTo(200);
        var write = send("POST", "/api/v1/customers", readOnly, "{\"kind\":\"PERSON\",\"name\":\"只读\"}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("token-scope").contains("READ_ONLY");
        assertThat(send("POST", "/api/v1/tokens", readOnly, "{\"name\":\"escalate\"}")
                        .statusCode())
                .as("a read-only token cannot mint a full one")
                .isEqualTo(403);

        assertThat(get("/api/v1/customers", events).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/me", events).statusCode()).isEqualTo(200);
        var sent = http.send(
                java.net.http.HttpRequest.newBuilder(uri("/api/v1/events"))
                        .header("Authorization", events)
                        .header("Content-Type", "application/x-ndjson")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"eventId\":\"scope-"
                                + UUID.randomUUID() + "\",\"visitorId\":\"v1\",\"touchpoint\":\"NO_SUCH\","
                                + "\"occurredAt\":\"2026-01-01T10:00:00Z\"}\n"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode())
                .as("the events token reaches ingestion (which validates the event)")
                .isEqualTo(400);
        assertThat(sent.body()).contains("touchpoint");
    }

    @Test
    void aRefusedCallersBodyIsNeverRead() throws Exception {
        var sales = basic(user("SALES"), PASSWORD);
        var response = send("POST", "/api/v1/users", sales, "{\"username\": not even json");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aTakenUsernameIsAConflict() throws Exception {
        var name = user("SALES");
        var again = send("POST", "/api/v1/users", admin(), """
                {"username":"%s","displayName":"Again","password":"%s","role":"SALES"}""".formatted(name.toUpperCase(), PASSWORD));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"field\":\"username\"").contains("\"rule\":\"unique\"");
    }

    @Test
    void aStreamedExportWithATokenLogsNoError(CapturedOutput output) throws Exception {
        var token = "Bearer " + token(user("ADMIN"), "READ_ONLY");
        int before = output.getAll().length();
        var export = http.send(
                java.net.http.HttpRequest.newBuilder(uri("/api/v1/customers/export?format=csv"))
                        .header("Authorization", token)
                        .GET()
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).isEqualTo(200);
        Thread.sleep(300);
        var logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain(" ERROR ").doesNotContain("AuthorizationDeniedException");
    }

    private String user(String role) throws Exception {
        var name = "signin." + UUID.randomUUID().toString().substring(0, 8);
        var response = send("POST", "/api/v1/users", admin(), """
                {"username":"%s","displayName":"%s","password":"%s","role":"%s"}""".formatted(name, name, PASSWORD, role));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return name;
    }

    private String token(String username, String scope) throws Exception {
        var response = send(
                "POST", "/api/v1/tokens", basic(username, PASSWORD), "{\"name\":\"t\",\"scope\":\"" + scope + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("scope").asString()).isEqualTo(scope);
        return body.get("token").asString();
    }

    record Raw(int status, String head, String body) {}

    /** One HTTP/1.1 request from a chosen local address. */
    private Raw from(String localAddress, String method, String path, String authorization) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            var request = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                    + "Authorization: " + authorization + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            var bytes = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(bytes);
            var text = bytes.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            var head = text.substring(0, split);
            var body = text.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Raw(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    private static String unchunk(String chunked) {
        var out = new StringBuilder();
        int i = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", i);
            int size = Integer.parseInt(chunked.substring(i, eol).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(chunked, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
    }
}
