package dev.touchpoint.server.commerce.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Changes to an order header (lines change only through returns). Optimistically locked. */
record OrderChange(
        @NotNull LocalDate orderDate,
        Long teamId,
        Long salesRepId,
        @Size(max = 50) String channel,
        @Size(max = 2000) String notes,
        Integer version) {}
