package dev.touchpoint.server.sales.webform;

import java.time.Instant;

/**
 * A team's public lead form.
 *
 * @param path where the form lives, {@code /public/leads/<token>}; the token is unguessable and
 *        rotating it retires the old link
 * @param defaultOwnerId the rep who owns the leads the form creates; null leaves them unassigned in the team
 */
public record WebForm(
        long teamId, String token, String path, Long defaultOwnerId, Instant createdAt, Instant rotatedAt) {}
