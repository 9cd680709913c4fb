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

/** Changes to an opportunity's figures; {@code probability} null means the stage default. */
public record OpportunityChange(
        @NotBlank @Size(max = 200) String name,
        @NotNull @PositiveOrZero BigDecimal amount,
        LocalDate expectedClose,
        @Min(0) @Max(100) Integer probability,
        @NotNull Position position,
        @Size(max = 1000) String competitors,
        Integer version) {}
