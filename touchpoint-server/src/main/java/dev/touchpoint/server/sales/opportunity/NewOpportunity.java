package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.Position;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An opportunity to open at the first stage; owner and team default to the caller's. */
public record NewOpportunity(
        @NotNull Long customerId,
        @NotBlank @Size(max = 200) String name,
        @PositiveOrZero BigDecimal amount,
        LocalDate expectedClose,
        @Min(0) @Max(100) Integer probability,
        Position position,
        @Size(max = 1000) String competitors,
        Long ownerId,
        Long teamId) {}
