package dev.touchpoint.server.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.customer.CustomerTestSupport;
import dev.touchpoint.server.integration.Receiver.Answer;
import dev.touchpoint.server.platform.OutboundEvent;
import dev.touchpoint.server.platform.OutboundEventType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Signed webhooks from the outbox to a real receiver on 127.0.0.1 that fails, is slow, answers 500
 * and 429: retries with backoff, one message id per event, signatures a receiver can verify, order per
 * customer, the owner's record scope, dead letters and resend, and the outbox committing or rolling
 * back with the change. (Test settings: retries after 100, 200 and 400 ms ± 20 %, 1 s timeout.)
 */
class WebhookIntegrationTest extends CustomerTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aFailingSlowReceiverGetsTheEventOnceSignedAfterBackoffAndTheLogShowsEveryAttempt() throws Exception {
        try (var receiver = new Receiver()
                .then(Answer.status(500), Answer.status(429), new Answer(202, Duration.ofMillis(1600), ""))) {
            var created = subscribe("dms-" + UUID.randomUUID(), receiver.url("/dms/touchpoint"), "customer.created");
            var secret = created.get("secret").asText();
            assertThat(secret).startsWith("whsec_");
            long subscription = created.get("subscription").get("id").asLong();
            var phone = mobile();
            long customer = createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"王芳\",\"phone\":\"" + phone + "\"}")
                    .get("id")
                    .asLong();

            receiver.awaitAcknowledged(r -> r.body().contains("\"customerId\":" + customer), 1, WAIT);
            var attempts = receiver.requests().stream()
                    .filter(r -> r.body().contains("\"customerId\":" + customer))
                    .toList();
            assertThat(attempts).extracting(Receiver.Request::answered).containsExactly(500, 429, 202, 200);
            // one message: the same id on every attempt, so a receiver drops repeats by it
            assertThat(attempts.stream().map(r -> r.header("webhook-id")).distinct())
                    .hasSize(1);
            assertThat(attempts.get(0).header("webhook-id")).startsWith("msg_");
            for (var a : attempts) {
                assertThat(a.header("webhook-signature"))
                        .isEqualTo(Signatures.expected(
                                secret, a.header("webhook-id"), a.header("webhook-timestamp"), a.body()));
                assertThat(Long.parseLong(a.header("webhook-timestamp")))
                        .isBetween(a.receivedAtMillis() / 1000 - 5, a.receivedAtMillis() / 1000 + 1);
            }
            // backoff: 100 ms, then 200 ms (429 with Retry-After 0), then the 1 s timeout and 400 ms, each ± 20 %
            assertThat(gap(attempts, 1)).isGreaterThanOrEqualTo(80);
            assertThat(gap(attempts, 2)).isGreaterThanOrEqualTo(160);
            assertThat(gap(attempts, 3)).isGreaterThanOrEqualTo(1000 + 320);
            assertThat(gap(attempts, 2)).isGreaterThan(gap(attempts, 1) - 40);

            var body = read(attempts.get(3).body());
            assertThat(body.get("type").asText()).isEqualTo("customer.created");
            assertThat(body.get("data").get("customerId").asLong()).isEqualTo(customer);
            assertThat(attempts.get(3).body()).doesNotContain(phone).doesNotContain("王芳");

            var log = read(get("/api/v1/webhooks/" + subscription + "/deliveries", admin())
                    .body());
            assertThat(log.get("total").asInt()).isEqualTo(1);
            var delivery = log.get("items").get(0);
            assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(4);
            var detail = read(get(
                            "/api/v1/webhooks/" + subscription + "/deliveries/"
                                    + delivery.get("id").asLong(),
                            admin())
                    .body());
            var tries = detail.get("attemptLog");
            assertThat(tries).hasSize(4);
            assertThat(tries.get(0).get("statusCode").asInt()).isEqualTo(500);
            assertThat(tries.get(1).get("statusCode").asInt()).isEqualTo(429);
            assertThat(tries.get(2).has("statusCode")).isFalse();
            assertThat(tries.get(2).get("error").asText()).contains("timeout");
            assertThat(tries.get(3).get("statusCode").asInt()).isEqualTo(200);

            // the secret and the URL are stored sealed, and the subscription's creation is audited
            var stored = jdbc.sql(
                            "SELECT url_sealed || ' ' || secret_sealed FROM integration_subscription WHERE id = :id")
                    .param("id", subscription)
                    .query(String.class)
                    .single();
            assertThat(stored).doesNotContain(secret.substring(6)).doesNotContain("/dms/touchpoint");
            assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'webhook_subscription' "
                                    + "AND entity_id = :id AND action = 'CREATE'")
                            .param("id", String.valueOf(subscription))
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void aReceiverThatKeepsFailingIsGivenUpOnAndAResendArrivesWithTheSameId() throws Exception {
        try (var receiver = new Receiver().otherwise(Answer.status(503))) {
            var created = subscribe("erp-" + UUID.randomUUID(), receiver.url("/erp"), "customer.created");
            long subscription = created.get("subscription").get("id").asLong();
            long customer = createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"李雷\"}")
                    .get("id")
                    .asLong();

            var dead = awaitDelivery(subscription, "DEAD");
            // the first attempt and one per retry delay, then dead-lettered
            assertThat(dead.get("attempts").asInt()).isEqualTo(4);
            assertThat(dead.get("lastError").asText()).contains("HTTP 503").contains("gave up after 4 attempts");
            var failed = receiver.requests();
            assertThat(failed).hasSize(4).allMatch(r -> r.body().contains("\"customerId\":" + customer));

            receiver.otherwise(Answer.status(204));
            var resent = send(
                    "POST",
                    "/api/v1/webhooks/" + subscription + "/deliveries/"
                            + dead.get("id").asLong() + "/resend",
                    admin(),
                    null);
            assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
            var arrived = receiver.awaitAcknowledged(r -> r.answered() == 204, 1, WAIT);
            assertThat(arrived.get(0).header("webhook-id"))
                    .isEqualTo(failed.get(0).header("webhook-id"));
            assertThat(awaitDelivery(subscription, "DELIVERED").get("attempts").asInt())
                    .isEqualTo(1);
        }
    }

    @Test
    void aRejectingOrRedirectingReceiverIsNotRetried() throws Exception {
        try (var receiver = new Receiver().then(Answer.status(400), Answer.status(302))) {
            long subscription = subscribe("strict-" + UUID.randomUUID(), receiver.url("/strict"), "customer.created")
                    .get("subscription")
                    .get("id")
                    .asLong();
            createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"韩梅梅\"}");
            var rejected = awaitDelivery(subscription, "DEAD");
            assertThat(rejected.get("attempts").asInt()).isEqualTo(1);
            assertThat(rejected.get("lastStatus").asInt()).isEqualTo(400);
            createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"韩梅\"}");
            awaitCount(subscription, "DEAD", 2);
            var log = read(get("/api/v1/webhooks/" + subscription + "/deliveries?status=DEAD", admin())
                    .body());
            assertThat(log.get("items").get(0).get("lastError").asText()).contains("redirects are not followed");
            // neither was followed to the Location it named, nor tried again
            Thread.sleep(700);
            assertThat(receiver.requests()).hasSize(2);
        }
    }

    @Test
    void aCustomersMessagesArriveInTheOrderTheyHappenedEvenWhenTheFirstIsRetried() throws Exception {
        try (var receiver = new Receiver().then(Answer.status(500), Answer.status(500))) {
            subscribe("order-" + UUID.randomUUID(), receiver.url("/ordered"), "customer.created", "consent.changed");
            long customer = createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"赵敏\"}")
                    .get("id")
                    .asLong();
            for (var consent :
                    List.of("SMS\",\"granted\":true", "SMS\",\"granted\":false", "PHONE\",\"granted\":true")) {
                var response = send(
                        "POST",
                        "/api/v1/customers/" + customer + "/consents",
                        admin(),
                        "{\"channel\":\"" + consent + ",\"method\":\"phone call\"}");
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            }
            var acked = receiver.awaitAcknowledged(r -> r.body().contains("\"customerId\":" + customer), 4, WAIT);
            assertThat(acked.stream().map(r -> read(r.body())).map(WebhookIntegrationTest::describe))
                    .containsExactly(
                            "customer.created",
                            "consent.changed SMS true",
                            "consent.changed SMS false",
                            "consent.changed PHONE true");
        }
    }

    @Test
    void aSubscriptionSeesOnlyWhatItsOwnerMaySeeAndOnlyTheTiersItAsksFor() throws Exception {
        long team = createTeam(unique("webhook-store"));
        var repName = unique("hook-rep");
        long rep = createUser(repName, "SALES", team);
        try (var receiver = new Receiver()) {
            var body = """
                    {"name":"%s","url":"%s","eventTypes":["customer.created"],"ownerId":%d}""".formatted(unique("rep-feed"), receiver.url("/rep"), rep);
            var created = send("POST", "/api/v1/webhooks", admin(), body);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            var vip = subscribe("vip-" + UUID.randomUUID(), receiver.url("/vip"), List.of("VIP"), "customer.created");
            assertThat(vip.get("subscription").get("tiers").get(0).asText()).isEqualTo("VIP");

            long inTeam = createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"团队客户\",\"teamId\":" + team + "}")
                    .get("id")
                    .asLong();
            long elsewhere = createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"别处客户\",\"tier\":\"VIP\"}")
                    .get("id")
                    .asLong();
            receiver.awaitAcknowledged(r -> r.path().equals("/rep"), 1, WAIT);
            receiver.awaitAcknowledged(r -> r.path().equals("/vip"), 1, WAIT);
            Thread.sleep(500);
            var toRep = receiver.requests().stream()
                    .filter(r -> r.path().equals("/rep"))
                    .toList();
            assertThat(toRep).hasSize(1);
            assertThat(toRep.get(0).body()).contains("\"customerId\":" + inTeam);
            var toVip = receiver.requests().stream()
                    .filter(r -> r.path().equals("/vip"))
                    .toList();
            assertThat(toVip).hasSize(1);
            assertThat(toVip.get(0).body()).contains("\"customerId\":" + elsewhere);

            // subscriptions are for administrators only
            assertThat(get("/api/v1/webhooks", auth(repName)).statusCode()).isEqualTo(403);
            assertThat(send("POST", "/api/v1/webhooks", auth(repName), body).statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void theOutboxCommitsAndRollsBackWithTheChangeThatPublishedTheEvent() throws Exception {
        try (var receiver = new Receiver()) {
            long subscription = subscribe("tx-" + UUID.randomUUID(), receiver.url("/tx"), "customer.changed")
                    .get("subscription")
                    .get("id")
                    .asLong();
            long customer = createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"事务客户\"}")
                    .get("id")
                    .asLong();
            var tx = new TransactionTemplate(transactions);
            tx.executeWithoutResult(status -> {
                events.publishEvent(OutboundEvent.ofCustomer(
                        OutboundEventType.CUSTOMER_CHANGED, "customer", customer, customer, "probe", "rolled-back"));
                status.setRollbackOnly();
            });
            tx.executeWithoutResult(status -> events.publishEvent(OutboundEvent.ofCustomer(
                    OutboundEventType.CUSTOMER_CHANGED, "customer", customer, customer, "probe", "committed")));
            receiver.awaitAcknowledged(r -> r.body().contains("committed"), 1, WAIT);
            Thread.sleep(300);
            assertThat(receiver.requests()).noneMatch(r -> r.body().contains("rolled-back"));
            assertThat(jdbc.sql("SELECT count(*) FROM integration_delivery WHERE subscription_id = :s")
                            .param("s", subscription)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void everyImportedCustomerIsAnnouncedMarkedAsImported() throws Exception {
        try (var receiver = new Receiver()) {
            subscribe("crm-sync-" + UUID.randomUUID(), receiver.url("/sync"), "customer.created");
            var m = unique("imp");
            var csv = "姓名,电话,级别\n" + "导入一" + m + "," + mobile() + ",贵宾客户\n" + "导入二" + m + "," + mobile() + ",\n";
            var report = upload(
                    "/api/v1/customers/import?dryRun=false",
                    admin(),
                    "customers.csv",
                    csv.getBytes(StandardCharsets.UTF_8));
            assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
            var arrived = receiver.awaitAcknowledged(r -> r.body().contains("\"imported\":true"), 2, WAIT);
            assertThat(arrived).hasSize(2);
            assertThat(arrived.stream()
                            .map(r -> read(r.body()).get("data").path("tier").asText("")))
                    .containsOnlyOnce("VIP");
        }
    }

    @Test
    void badSubscriptionsAreRefusedNamingTheFieldAndTheRule() throws Exception {
        var response = send("POST", "/api/v1/webhooks", admin(), """
                {"name":" ","kind":"WEBHOOK","url":"ftp://example.com/x","eventTypes":["order.shipped"],
                 "quietFrom":"25:00","signingSecret":"abc"}""");
        assertThat(response.statusCode()).isEqualTo(400);
        var errors = read(response.body()).get("errors");
        assertThat(errors.valueStream()
                        .map(e -> e.get("field").asText() + ":" + e.get("rule").asText()))
                .contains(
                        "name:required",
                        "url:https",
                        "eventTypes:oneOf",
                        "quietFrom:format",
                        "signingSecret:notApplicable");
        var robot = send(
                "POST",
                "/api/v1/webhooks",
                admin(),
                "{\"name\":\"x\",\"kind\":\"FAX\",\"url\":\"https://example.com\",\"eventTypes\":[\"lead.created\"]}");
        assertThat(read(robot.body()).get("errors").get(0).get("field").asText())
                .isEqualTo("kind");
        assertThat(send("GET", "/api/v1/webhooks/999999", admin(), null).statusCode())
                .isEqualTo(404);
    }

    @org.junit.jupiter.api.AfterEach
    void unsubscribeAll() throws Exception {
        for (var s : read(get("/api/v1/webhooks", admin()).body())) {
            send("DELETE", "/api/v1/webhooks/" + s.get("id").asLong(), admin(), null);
        }
    }

    private static String describe(JsonNode body) {
        var data = body.get("data");
        return body.get("type").asText()
                + (data.has("channel")
                        ? " " + data.get("channel").asText() + " "
                                + data.get("granted").asBoolean()
                        : "");
    }

    private static long gap(List<Receiver.Request> attempts, int i) {
        return attempts.get(i).receivedAtMillis() - attempts.get(i - 1).receivedAtMillis();
    }

    JsonNode subscribe(String name, String url, String... types) throws Exception {
        return subscribe(name, url, List.of(), types);
    }

    JsonNode subscribe(String name, String url, List<String> tiers, String... types) throws Exception {
        var body = json.writeValueAsString(
                java.util.Map.of("name", name, "url", url, "eventTypes", List.of(types), "tiers", tiers));
        var response = send("POST", "/api/v1/webhooks", admin(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location").orElse("")).startsWith("/api/v1/webhooks/");
        return read(response.body());
    }

    private JsonNode awaitDelivery(long subscription, String status) throws Exception {
        return awaitCount(subscription, status, 1).get("items").get(0);
    }

    private JsonNode awaitCount(long subscription, String status, int count) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode log = null;
        while (System.nanoTime() < deadline) {
            log = read(get("/api/v1/webhooks/" + subscription + "/deliveries?status=" + status, admin())
                    .body());
            if (log.get("total").asInt() >= count) {
                return log;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + count + " " + status + " deliveries: " + log);
    }
}
