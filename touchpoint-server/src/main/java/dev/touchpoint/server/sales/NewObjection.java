package dev.touchpoint.server.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An objection to log, optionally already handled; {@code at} defaults to now. */
public record NewObjection(
        @NotNull ObjectionType type,
        @NotBlank @Size(max = 2000) String statement,
        HandlingMethod method,
        @Size(max = 2000) String handling,
        Boolean resolved,
        Instant at) {

    public NewObjection {
        resolved = Boolean.TRUE.equals(resolved);
    }
}
