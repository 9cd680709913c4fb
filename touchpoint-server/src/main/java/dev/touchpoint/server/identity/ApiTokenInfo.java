package dev.touchpoint.server.identity;

import java.time.Instant;

/** A personal API token as listed to its owner: never the secret, only its first characters. */
public record ApiTokenInfo(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
    }
}
