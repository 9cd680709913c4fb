package dev.touchpoint.server.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.customer.CustomerTestSupport;
import dev.touchpoint.server.integration.Receiver.Answer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Staff alerts through work-chat robots, against a receiver speaking each platform's protocol: WeCom
 * group robots, DingTalk robots with the signed-URL option, Feishu bots with a signature; markdown in
 * the subscription's language; robot error codes; a team's quiet hours.
 */
class ChatRobotIntegrationTest extends CustomerTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    @Test
    void aLeadAssignedToARepIsAnnouncedInTheStoresWeComGroupInItsLanguage() throws Exception {
        long team = createTeam(unique("robot-store"));
        var rep = unique("robot-rep");
        long repId = createUser(rep, "SALES", team);
        try (var receiver = new Receiver().otherwise(Answer.json(OK))) {
            var created = robot(
                    "WECOM", receiver.url("/cgi-bin/webhook/send?key=wecom-key-4711"), "en", null, "lead.assigned");
            assertThat(created.has("secret"))
                    .as("robots get no generated secret")
                    .isFalse();
            var view = created.get("subscription");
            assertThat(view.get("url").asText())
                    .endsWith("/cgi-bin/webhook/send?…")
                    .doesNotContain("wecom-key");
            var lead = send(
                    "POST",
                    "/api/v1/sales/leads",
                    admin(),
                    "{\"name\":\"周*先生 [urgent](http://evil)\",\"phone\":\"" + mobile() + "\",\"ownerId\":" + repId
                            + ",\"teamId\":" + team + "}");
            assertThat(lead.statusCode()).as(lead.body()).isEqualTo(201);

            var message = receiver.awaitAcknowledged(r -> true, 1, WAIT).get(0);
            assertThat(message.query()).isEqualTo("key=wecom-key-4711");
            var body = read(message.body());
            assertThat(body.get("msgtype").asText()).isEqualTo("markdown");
            var content = body.get("markdown").get("content").asText();
            assertThat(content).startsWith("**Lead assigned**").contains("is assigned to **" + rep + "**");
            // a name cannot inject markdown links or emphasis into the staff message
            assertThat(content).contains("周\\*先生 \\[urgent\\]\\(http://evil\\)");
            assertThat(jdbc.sql("SELECT url_sealed FROM integration_subscription WHERE id = :id")
                            .param("id", view.get("id").asLong())
                            .query(String.class)
                            .single())
                    .doesNotContain("wecom-key-4711");
        }
    }

    @Test
    void dingTalkAndFeishuMessagesCarryTheirPlatformsSignature() throws Exception {
        try (var receiver = new Receiver().otherwise(Answer.json("{\"errcode\":0,\"code\":0}"))) {
            long ding = robot(
                            "DINGTALK",
                            receiver.url("/robot/send?access_token=ding-token"),
                            "zh-CN",
                            "SECding-secret",
                            "value_run.done")
                    .get("subscription")
                    .get("id")
                    .asLong();
            long feishu = robot(
                            "FEISHU",
                            receiver.url("/open-apis/bot/v2/hook/feishu-hook-id"),
                            "zh-CN",
                            "feishu-secret",
                            "value_run.done")
                    .get("subscription")
                    .get("id")
                    .asLong();
            assertThat(send("POST", "/api/v1/webhooks/" + ding + "/ping", admin(), null)
                            .statusCode())
                    .isEqualTo(202);
            assertThat(send("POST", "/api/v1/webhooks/" + feishu + "/ping", admin(), null)
                            .statusCode())
                    .isEqualTo(202);

            var dingMessage = receiver.awaitAcknowledged(r -> r.path().equals("/robot/send"), 1, WAIT)
                    .get(0);
            var query = query(dingMessage.query());
            assertThat(query.get("access_token")).isEqualTo("ding-token");
            var timestamp = query.get("timestamp");
            assertThat(Long.parseLong(timestamp))
                    .isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
            assertThat(query.get("sign"))
                    .isEqualTo(Signatures.hmacBase64(
                            "SECding-secret".getBytes(StandardCharsets.UTF_8), timestamp + "\nSECding-secret"));
            var dingBody = read(dingMessage.body());
            assertThat(dingBody.get("msgtype").asText()).isEqualTo("markdown");
            assertThat(dingBody.get("markdown").get("title").asText()).isEqualTo("测试消息");
            assertThat(dingBody.get("markdown").get("text").asText()).contains("机器人工作正常");

            var feishuMessage = receiver.awaitAcknowledged(r -> r.path().contains("/hook/"), 1, WAIT)
                    .get(0);
            var card = read(feishuMessage.body());
            assertThat(card.get("msg_type").asText()).isEqualTo("interactive");
            var seconds = card.get("timestamp").asText();
            assertThat(card.get("sign").asText())
                    .isEqualTo(
                            Signatures.hmacBase64((seconds + "\nfeishu-secret").getBytes(StandardCharsets.UTF_8), ""));
            assertThat(card.get("card").get("elements").get(0).get("content").asText())
                    .contains("机器人工作正常");
            // the Feishu hook id is a key too: masked in what administrators see
            assertThat(read(get("/api/v1/webhooks/" + feishu, admin()).body())
                            .get("url")
                            .asText())
                    .doesNotContain("feishu-hook-id");
        }
    }

    @Test
    void aRobotsErrorCodeIsRetriedWhenItMeansTooManyMessagesAndGivenUpOtherwise() throws Exception {
        try (var receiver = new Receiver()
                .then(Answer.json("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}"))
                .otherwise(Answer.json("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"))) {
            long id = robot("WECOM", receiver.url("/cgi-bin/webhook/send?key=k"), "zh-CN", null, "lead.created")
                    .get("subscription")
                    .get("id")
                    .asLong();
            send("POST", "/api/v1/webhooks/" + id + "/ping", admin(), null);
            long deadline = System.nanoTime() + WAIT.toNanos();
            JsonNode log;
            do {
                Thread.sleep(100);
                log = read(get("/api/v1/webhooks/" + id + "/deliveries?status=DEAD", admin())
                        .body());
            } while (log.get("total").asInt() == 0 && System.nanoTime() < deadline);
            var dead = log.get("items").get(0);
            // 45009 (too many messages) was retried; 93000 (invalid webhook URL) ended it
            assertThat(dead.get("attempts").asInt()).isEqualTo(2);
            assertThat(dead.get("lastError").asText()).contains("93000");
            var attempts = read(get(
                                    "/api/v1/webhooks/" + id + "/deliveries/"
                                            + dead.get("id").asLong(),
                                    admin())
                            .body())
                    .get("attemptLog");
            assertThat(attempts.get(0).get("error").asText()).contains("45009").contains("api freq out of limit");
            assertThat(receiver.requests()).hasSize(2);
        }
    }

    @Test
    void duringTheTeamsQuietHoursAStaffAlertWaitsUntilTheyEnd() throws Exception {
        var zone = ZoneId.of("Asia/Shanghai");
        var now = ZonedDateTime.now(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        var from = now.minusHours(1);
        var until = now.plusHours(1);
        try (var receiver = new Receiver().otherwise(Answer.json(OK))) {
            var body = json.writeValueAsString(Map.of(
                    "name", unique("night-shift"),
                    "kind", "WECOM",
                    "url", receiver.url("/cgi-bin/webhook/send?key=quiet"),
                    "eventTypes", java.util.List.of("ticket.created"),
                    "quietFrom", from.toString(),
                    "quietUntil", until.toString()));
            var created = send("POST", "/api/v1/webhooks", admin(), body);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = read(created.body()).get("subscription").get("id").asLong();
            send("POST", "/api/v1/webhooks/" + id + "/ping", admin(), null);
            Thread.sleep(1500);
            assertThat(receiver.requests()).isEmpty();
            var pending = read(get("/api/v1/webhooks/" + id + "/deliveries", admin())
                            .body())
                    .get("items")
                    .get(0);
            assertThat(pending.get("status").asText()).isEqualTo("PENDING");
            var due = Instant.parse(pending.get("nextAttemptAt").asText())
                    .atZone(zone)
                    .toLocalTime();
            assertThat(due).isBetween(until.minusMinutes(1), until.plusMinutes(1));
        }
    }

    @AfterEach
    void unsubscribeAll() throws Exception {
        for (var s : read(get("/api/v1/webhooks", admin()).body())) {
            send("DELETE", "/api/v1/webhooks/" + s.get("id").asLong(), admin(), null);
        }
    }

    private JsonNode robot(String kind, String url, String locale, String secret, String... types) throws Exception {
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("name", kind.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID());
        fields.put("kind", kind);
        fields.put("url", url);
        fields.put("locale", locale);
        fields.put("eventTypes", java.util.List.of(types));
        if (secret != null) {
            fields.put("signingSecret", secret);
        }
        var response = send("POST", "/api/v1/webhooks", admin(), json.writeValueAsString(fields));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response.body());
    }

    private static Map<String, String> query(String raw) {
        var out = new java.util.HashMap<String, String>();
        for (var pair : raw.split("&")) {
            var i = pair.indexOf('=');
            out.put(pair.substring(0, i), URLDecoder.decode(pair.substring(i + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
