package dev.touchpoint.server.identity;

import java.time.Instant;

/**
 * A personal API token as listed to its owner: never the secret, only its first characters.
 *
 * @param scope what the token may do within its owner's rights
 */
public record ApiTokenInfo(
        long id,
        String name,
        String prefix,
        TokenScope scope,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public boolean active() {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
    }
}
