package dev.touchpoint.server.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact to add or the new values of one; {@code version} is needed for changes. */
record ContactRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String title,

        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "{customer.phone.format}")
        String phone,

        @Email @Size(max = 200) String email,
        @Size(max = 2000) String notes,
        Integer version) {}
