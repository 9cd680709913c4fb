package dev.touchpoint.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.integration.Receiver;
import dev.touchpoint.server.integration.Signatures;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged server killed (SIGKILL) after a change was acknowledged but before its webhook went
 * out: the message waits in the outbox and is delivered, signed, after the restart.
 */
class WebhookCrashIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path home;

    @Test
    void aServerKilledBeforeDeliveringSendsTheMessageAfterItsRestart() throws Exception {
        var data = home.resolve("data");
        String[] local = {
            "--touchpoint.integration.allow-private-targets=true", "--touchpoint.integration.allow-http=true"
        };
        try (var receiver = new Receiver()) {
            String secret;
            long customer;
            // the first server records but does not send (as if it died the moment the change committed)
            var first =
                    ServerJar.start(data, "webhook-crash-1", with(local, "--touchpoint.integration.dispatch=false"));
            try {
                first.awaitHealthy(Duration.ofSeconds(120));
                var created = first.post(
                        "/api/v1/webhooks",
                        "application/json",
                        "{\"name\":\"DMS\",\"url\":\"" + receiver.url("/dms")
                                + "\",\"eventTypes\":[\"customer.created\"]}");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                secret = json.readTree(created.body()).get("secret").asText();
                var c = first.post("/api/v1/customers", "application/json", "{\"kind\":\"PERSON\",\"name\":\"陈静\"}");
                assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
                customer = json.readTree(c.body()).get("id").asLong();
                Thread.sleep(500);
                assertThat(receiver.requests()).isEmpty();
            } finally {
                first.kill();
            }
            try (var second = ServerJar.start(data, "webhook-crash-2", local)) {
                second.awaitHealthy(Duration.ofSeconds(120));
                var arrived = receiver.awaitAcknowledged(r -> true, 1, Duration.ofSeconds(30))
                        .get(0);
                assertThat(arrived.body())
                        .contains("\"customerId\":" + customer)
                        .contains("customer.created");
                assertThat(arrived.header("webhook-signature"))
                        .isEqualTo(Signatures.expected(
                                secret,
                                arrived.header("webhook-id"),
                                arrived.header("webhook-timestamp"),
                                arrived.body()));
                Thread.sleep(500);
                assertThat(receiver.requests()).hasSize(1);
            }
        }
    }

    private static String[] with(String[] args, String more) {
        var all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }
}
