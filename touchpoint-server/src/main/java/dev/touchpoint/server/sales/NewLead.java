package dev.touchpoint.server.sales;

import dev.touchpoint.server.platform.NoFormula;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A lead to create (form, API, import). Owner and team default to the caller and their first team.
 */
public record NewLead(
        @NotBlank @Size(max = 200) @NoFormula String name,
        @Size(max = 200) @NoFormula String company,

        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "{sales.phone.format}")
        String phone,

        @Email @Size(max = 200) String email,
        LeadSource source,
        @Size(max = 200) @NoFormula String productInterest,
        Long ownerId,
        Long teamId,
        @Size(max = 4000) @NoFormula String notes) {}
