package dev.touchpoint.server.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * An order reached a stage (ORDERED, IN_PROGRESS, INSPECTED, DELIVERED): what care plans react to.
 */
public record OrderStageReached(
        @NotNull Long orderId,
        @NotNull Long customerId,
        @NotBlank String stage,
        @NotNull Instant at) {}
