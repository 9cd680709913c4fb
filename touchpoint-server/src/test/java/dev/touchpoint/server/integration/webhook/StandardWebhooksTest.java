package dev.touchpoint.server.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signatures against the example of the Standard Webhooks specification. */
class StandardWebhooksTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signsLikeTheSpecificationsExample() {
        assertThat(StandardWebhooks.sign(SECRET, ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void verifiesAnyOfSeveralSignaturesAndRejectsATamperedBody() {
        var good = StandardWebhooks.sign(SECRET, ID, TIMESTAMP, BODY);
        assertThat(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, BODY, "v1,bm9wZQ== " + good))
                .isTrue();
        assertThat(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, BODY.replace('2', '3'), good))
                .isFalse();
        assertThat(StandardWebhooks.verify(SECRET, ID, TIMESTAMP + 1, BODY, good))
                .isFalse();
    }

    @Test
    void newSecretsAreStandardAndDifferent() {
        var a = StandardWebhooks.newSecret();
        assertThat(a).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(a.substring(6))).hasSize(24);
        assertThat(StandardWebhooks.newSecret()).isNotEqualTo(a);
    }
}
