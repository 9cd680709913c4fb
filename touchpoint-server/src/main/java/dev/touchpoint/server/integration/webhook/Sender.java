package dev.touchpoint.server.integration.webhook;

import dev.touchpoint.server.platform.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * One attempt of one delivery: builds the request for the subscription's kind (a signed webhook, or a
 * WeCom, DingTalk or Feishu robot message), sends it without following redirects, reads at most
 * {@code response-limit} bytes of the answer and says whether it was delivered, should be retried or
 * is dead.
 */
@Component
class Sender {

    /** What came of an attempt. */
    record Outcome(Verdict verdict, Integer status, String error, int millis, String response, Duration retryAfter) {}

    enum Verdict {
        DELIVERED,
        RETRY,
        DEAD
    }

    /** Robot error codes that mean "too many messages, try later". */
    private static final Set<Long> ROBOT_RATE_LIMITS = Set.of(45009L, 130101L, 9499L, 11232L);

    private final HttpClient http;
    private final IntegrationProperties properties;
    private final TargetPolicy policy;
    private final ChatMessages chat;
    private final ObjectMapper json;

    Sender(IntegrationProperties properties, TargetPolicy policy, ChatMessages chat, ObjectMapper json) {
        this.properties = properties;
        this.policy = policy;
        this.chat = chat;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Outcome send(Subscription s, Delivery d, String url, String secret) {
        long started = System.nanoTime();
        HttpRequest request;
        try {
            var uri = policy.check(s.kind(), url);
            request = request(s, d, uri, secret);
        } catch (InvalidInputException e) {
            // a name that does not resolve may be a passing DNS failure: tried again; an internal address is not
            boolean passing = e.violations().stream().anyMatch(v -> v.rule().equals("resolvable"));
            return new Outcome(
                    passing ? Verdict.RETRY : Verdict.DEAD, null, "target refused: " + e.getMessage(), 0, null, null);
        }
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            var body = readCapped(response.body());
            int millis = millis(started);
            int code = response.statusCode();
            if (code >= 200 && code < 300) {
                return s.kind().chat()
                        ? robotAnswer(code, body, millis)
                        : new Outcome(Verdict.DELIVERED, code, null, millis, body, null);
            }
            var error = "HTTP " + code;
            if (code == 429 || code == 408 || code >= 500) {
                return new Outcome(Verdict.RETRY, code, error, millis, body, retryAfter(response));
            }
            if (code >= 300 && code < 400) {
                error += ": redirects are not followed; subscribe the final URL";
            }
            return new Outcome(Verdict.DEAD, code, error, millis, body, null);
        } catch (HttpTimeoutException e) {
            return new Outcome(
                    Verdict.RETRY,
                    null,
                    "timeout after " + properties.requestTimeout().toMillis() + " ms",
                    millis(started),
                    null,
                    null);
        } catch (IOException e) {
            return new Outcome(
                    Verdict.RETRY,
                    null,
                    "connection failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    millis(started),
                    null,
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Verdict.RETRY, null, "interrupted (server stopping)", millis(started), null, null);
        }
    }

    private HttpRequest request(Subscription s, Delivery d, URI uri, String secret) {
        var builder = HttpRequest.newBuilder()
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Touchpoint-Webhooks/1.0");
        String body;
        switch (s.kind()) {
            case WEBHOOK -> {
                long timestamp = Instant.now().getEpochSecond();
                body = d.payload();
                builder.header("webhook-id", d.messageId())
                        .header("webhook-timestamp", Long.toString(timestamp))
                        .header("webhook-signature", StandardWebhooks.sign(secret, d.messageId(), timestamp, body));
            }
            case WECOM -> {
                var message = chat.render(s, d);
                body = json.writeValueAsString(
                        Map.of("msgtype", "markdown", "markdown", Map.of("content", message.markdown())));
            }
            case DINGTALK -> {
                var message = chat.render(s, d);
                body = json.writeValueAsString(Map.of(
                        "msgtype",
                        "markdown",
                        "markdown",
                        Map.of("title", message.title(), "text", message.markdown())));
                if (secret != null) {
                    // DingTalk's signed-URL option: timestamp in ms and HMAC-SHA256(secret, "ts\nsecret")
                    long ms = System.currentTimeMillis();
                    var sign = Base64.getEncoder()
                            .encodeToString(
                                    StandardWebhooks.hmac(secret.getBytes(StandardCharsets.UTF_8), ms + "\n" + secret));
                    var separator = uri.getRawQuery() == null ? "?" : "&";
                    uri = URI.create(uri + separator + "timestamp=" + ms + "&sign="
                            + URLEncoder.encode(sign, StandardCharsets.UTF_8));
                }
            }
            case FEISHU -> {
                var message = chat.render(s, d);
                var card = new LinkedHashMap<String, Object>();
                card.put("header", Map.of("title", Map.of("tag", "plain_text", "content", message.title())));
                card.put("elements", java.util.List.of(Map.of("tag", "markdown", "content", message.markdown())));
                var content = new LinkedHashMap<String, Object>();
                if (secret != null) {
                    // Feishu: key "timestamp\nsecret" (seconds) over an empty message
                    long seconds = Instant.now().getEpochSecond();
                    content.put("timestamp", Long.toString(seconds));
                    content.put(
                            "sign",
                            Base64.getEncoder()
                                    .encodeToString(StandardWebhooks.hmac(
                                            (seconds + "\n" + secret).getBytes(StandardCharsets.UTF_8), "")));
                }
                content.put("msg_type", "interactive");
                content.put("card", card);
                body = json.writeValueAsString(content);
            }
            default -> throw new IllegalStateException(s.kind().name());
        }
        return builder.uri(uri)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    /** Robots answer 200 with an error code in the body ({@code errcode} or {@code code}). */
    private Outcome robotAnswer(int status, String body, int millis) {
        long code = 0;
        String message = null;
        try {
            @SuppressWarnings("unchecked")
            var answer = (Map<String, Object>) json.readValue(body == null || body.isBlank() ? "{}" : body, Map.class);
            for (var field : new String[] {"errcode", "code", "StatusCode"}) {
                if (answer.get(field) instanceof Number n) {
                    code = n.longValue();
                    break;
                }
            }
            message = String.valueOf(answer.getOrDefault("errmsg", answer.getOrDefault("msg", "")));
        } catch (RuntimeException notJson) {
            return new Outcome(Verdict.DELIVERED, status, null, millis, body, null);
        }
        if (code == 0) {
            return new Outcome(Verdict.DELIVERED, status, null, millis, body, null);
        }
        var error = "robot error " + code + ": " + message;
        return new Outcome(
                ROBOT_RATE_LIMITS.contains(code) ? Verdict.RETRY : Verdict.DEAD, status, error, millis, body, null);
    }

    private String readCapped(InputStream in) throws IOException {
        try (in) {
            var bytes = in.readNBytes(properties.responseLimit());
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .flatMap(v -> {
                    try {
                        return java.util.Optional.of(Duration.ofSeconds(Math.min(Long.parseLong(v.strip()), 3600)));
                    } catch (NumberFormatException httpDate) {
                        return java.util.Optional.empty();
                    }
                })
                .orElse(null);
    }

    private static int millis(long started) {
        return (int) ((System.nanoTime() - started) / 1_000_000);
    }
}
