package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.CloseReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Closing an opportunity as lost, with the reason for the win/loss analysis. */
public record LossReport(
        @NotNull CloseReason reason, @Size(max = 2000) String note, Integer version) {}
