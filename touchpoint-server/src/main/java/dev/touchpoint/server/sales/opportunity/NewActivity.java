package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.ActivityKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An activity to log; {@code memberId} marks whom it reached (their last contact moves); {@code at} defaults to now. */
public record NewActivity(
        @NotNull ActivityKind kind,
        Long memberId,
        @NotBlank @Size(max = 2000) String summary,
        Instant at) {}
