package dev.touchpoint.server.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A user as administrators see it.
 *
 * @param lockedUntil set while the account is locked after repeated failed logins
 * @param version optimistic-locking version
 */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String email,
        Role role,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        Set<Long> teamIds,
        Instant createdAt,
        int version) {

    public UserAccount {
        teamIds = Set.copyOf(teamIds);
    }

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
