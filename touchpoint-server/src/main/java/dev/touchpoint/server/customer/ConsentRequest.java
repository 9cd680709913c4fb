package dev.touchpoint.server.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Records that consent for a channel was given or withdrawn; {@code at} defaults to now. */
record ConsentRequest(
        @NotNull ConsentChannel channel,
        @NotNull Boolean granted,
        @NotBlank @Size(max = 200) String method,
        Instant at) {}
