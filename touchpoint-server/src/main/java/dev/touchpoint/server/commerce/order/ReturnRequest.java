package dev.touchpoint.server.commerce.order;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Return of some quantity of one order line, with the customer's reason. */
record ReturnRequest(
        @NotNull Long lineId,
        @NotNull @Min(1) Integer quantity,
        @NotBlank @Size(max = 500) String reason) {}
