package dev.touchpoint.server.sales.pool;

import java.time.Instant;

/**
 * A lead or customer in a team's public pool (公海), free to claim.
 *
 * @param subjectType {@code LEAD} or {@code CUSTOMER}
 * @param tier the lead's intent class ({@code NEW} when ungraded) or the customer's tier
 * @param reason why it was reclaimed: {@code NO_FOLLOW_UP}, {@code NO_DEAL} or {@code RELEASED}
 */
public record PoolItem(
        String subjectType,
        long subjectId,
        String name,
        String tier,
        Long teamId,
        Instant pooledAt,
        Long previousOwnerId,
        String reason) {}
