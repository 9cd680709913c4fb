package dev.touchpoint.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every error of the API is an RFC 9457 problem in the reader's language; pages get the error page. */
class ApiErrorsIntegrationTest extends IntegrationTestSupport {

    @Autowired
    ObjectMapper json;

    @Test
    void anUnknownPathIsAProblem404() throws Exception {
        var response = get("/api/v1/no-such-thing", admin());
        assertProblem(response, 404, "no-such-path");
        assertThat(body(response).get("detail").asString()).contains("api/v1/no-such-thing");
        assertThat(response.body()).doesNotContain("timestamp");
    }

    @Test
    void aWrongMethodIsAProblem405NamingTheAllowedOnes() throws Exception {
        var response = send("PATCH", "/api/v1/customers", admin(), "{}");
        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(a -> assertThat(a).contains("GET"));
        assertThat(body(response).get("detail").asString()).contains("PATCH").contains("GET");
    }

    @Test
    void anUnsupportedBodyTypeIsAProblem415() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/customers"))
                        .header("Authorization", admin())
                        .header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofString("<x/>"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(response, 415, "unsupported-media-type");
        assertThat(body(response).get("detail").asString())
                .contains("application/xml")
                .contains("application/json");
    }

    @Test
    void anUnacceptableAnswerTypeIsAProblem406() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/customers"))
                        .header("Authorization", admin())
                        .header("Accept", "image/png")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void problemsSpeakTheReadersLanguage() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                        .header("Authorization", admin())
                        .header("Accept-Language", "zh-CN")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(body(response).get("title").asString()).isEqualTo("接口不存在");
        assertThat(body(response).get("detail").asString()).contains("不存在接口");
    }

    @Test
    void aJsonBodyThatDoesNotFitNamesTheField() throws Exception {
        var response =
                send("POST", "/api/v1/customers", admin(), "{\"kind\":\"PERSON\",\"name\":\"x\",\"tags\":{\"a\":1}}");
        assertProblem(response, 400, "validation");
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("tags");
    }

    @Test
    void aDeclaredBodyAboveTheLimitIsRefusedBeforeItIsRead() throws Exception {
        var big = "x".repeat(3 * 1024 * 1024);
        var response = send("POST", "/api/v1/customers", admin(), "{\"name\":\"" + big + "\"}");
        assertProblem(response, 413, "too-large");
        assertThat(body(response).get("limitBytes").asLong()).isEqualTo(2L * 1024 * 1024);
    }

    @Test
    void concurrentOversizedEventStreamsAreRefusedAndTheServerStaysHealthy() throws Exception {
        // two 80 MB NDJSON bodies without Content-Length, read as they arrive and stopped at the 50 MB
        // limit; the server answers 413 and closes the connection, which a client still sending may see
        // as the connection being cut
        var first = oversizedEvents();
        var second = oversizedEvents();
        for (var outcome : new CompletableFuture<?>[] {first, second}) {
            var response = (HttpResponse<?>) outcome.handle((r, cut) -> r).join();
            if (response != null) {
                assertThat(response.statusCode()).isEqualTo(413);
            }
        }
        assertThat(get("/actuator/health", null).body()).isEqualTo("{\"status\":\"UP\"}");
        var ok = http.send(
                HttpRequest.newBuilder(uri("/api/v1/events"))
                        .header("Authorization", admin())
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).as(ok.body()).isIn(200, 400);
        var oneTooMany = new StringBuilder();
        for (int i = 0; i <= 100_000; i++) {
            oneTooMany.append("{}\n");
        }
        var tooMany = http.send(
                HttpRequest.newBuilder(uri("/api/v1/events"))
                        .header("Authorization", admin())
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(oneTooMany.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("at most 100000 events per request");
    }

    @Test
    void anUnknownPageIsTheFriendlyErrorPage() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(uri("/no-such-page"))
                        .header("Authorization", admin())
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // pages sign in with the form: the stranger is sent to it
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private CompletableFuture<HttpResponse<String>> oversizedEvents() {
        // 10 KB events, so that the byte limit comes before the 100,000-event limit
        var line = ("{\"eventId\":\"big\",\"visitorId\":\"v\",\"touchpoint\":\"SHOWROOM_ENTRY\","
                        + "\"occurredAt\":\"2026-01-01T10:00:00Z\",\"attributes\":{\"note\":\"" + "x".repeat(10_000)
                        + "\"}}\n")
                .getBytes(StandardCharsets.UTF_8);
        long total = 80L * 1024 * 1024;
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent < total ? line[(int) (sent++ % line.length)] : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (sent >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - sent);
                for (int i = 0; i < n; i++) {
                    b[off + i] = line[(int) (sent++ % line.length)];
                }
                return n;
            }
        };
        var request = HttpRequest.newBuilder(uri("/api/v1/events"))
                .header("Authorization", admin())
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(body(response).get("type")).as(response.body()).isNotNull();
        assertThat(body(response).get("type").asString()).isEqualTo("https://touchpoint.dev/problems/" + type);
        assertThat(body(response).get("status").asInt()).isEqualTo(status);
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
