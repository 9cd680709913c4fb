package dev.touchpoint.server.integration.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing per the Standard Webhooks specification: the secret is {@code whsec_} + base64 of 24 random
 * bytes; the signature is {@code v1,} + base64(HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{body}"))
 * in the {@code webhook-signature} header, the timestamp in Unix seconds.
 */
final class StandardWebhooks {

    static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private StandardWebhooks() {}

    static String newSecret() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    static String sign(String secret, String messageId, long timestamp, String body) {
        var key = Base64.getDecoder()
                .decode(secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret);
        return "v1," + Base64.getEncoder().encodeToString(hmac(key, messageId + "." + timestamp + "." + body));
    }

    /** Whether one of the space-separated {@code v1,…} signatures matches (constant-time comparison). */
    static boolean verify(String secret, String messageId, long timestamp, String body, String header) {
        var expected = sign(secret, messageId, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        for (var candidate : header.split(" ")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    static byte[] hmac(byte[] key, String content) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
