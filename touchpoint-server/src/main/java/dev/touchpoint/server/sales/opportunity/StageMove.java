package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.CloseReason;
import dev.touchpoint.server.sales.SalesStage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Moving an opportunity to another stage. Moving forwards needs every exit criterion of the stages
 * left behind, or an {@code overrideReason}; entering the last stage wins it ({@code winReason}).
 */
public record StageMove(
        @NotNull SalesStage stage, @Size(max = 1000) String overrideReason, CloseReason winReason, Integer version) {}
