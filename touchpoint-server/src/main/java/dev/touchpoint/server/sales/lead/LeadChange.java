package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.platform.NoFormula;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Changes to a lead's contact details; {@code version} is the one read (409 when stale). */
public record LeadChange(
        @NotBlank @Size(max = 200) @NoFormula String name,
        @Size(max = 200) @NoFormula String company,

        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "{sales.phone.format}")
        String phone,

        @Email @Size(max = 200) String email,
        @Size(max = 200) @NoFormula String productInterest,
        @Size(max = 4000) @NoFormula String notes,
        Integer version) {}
