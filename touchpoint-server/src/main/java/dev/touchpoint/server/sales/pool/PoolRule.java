package dev.touchpoint.server.sales.pool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * When a subject of one tier returns to the pool: no follow-up for {@code noFollowUpDays}, or (when
 * set) no deal within {@code noDealDays} of being assigned or of the last won deal.
 *
 * @param tier an intent class A–D or {@code NEW} (leads), or a customer tier such as {@code VIP}
 */
public record PoolRule(
        @NotBlank String tier,
        @NotNull @Min(1) @Max(3650) Integer noFollowUpDays,
        @Min(1) @Max(3650) Integer noDealDays) {}
