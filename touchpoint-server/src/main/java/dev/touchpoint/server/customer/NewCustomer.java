package dev.touchpoint.server.customer;

import dev.touchpoint.server.platform.NoFormula;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer to create (API, form, import or demo data).
 *
 * @param createdAt when the customer was acquired; null means now (imports may set history)
 */
public record NewCustomer(
        @NotNull CustomerKind kind,
        @NotBlank @Size(max = 200) @NoFormula String name,

        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "{customer.phone.format}")
        String phone,

        @Email @Size(max = 200) String email,
        @Size(max = 20) String tier,
        @Size(max = 50) @NoFormula String source,
        Long ownerId,
        Long teamId,
        List<@Size(max = 50) @NoFormula String> tags,
        @Size(max = 10) String gender,
        LocalDate birthday,
        @Size(max = 100) @NoFormula String city,
        @Size(max = 300) @NoFormula String address,
        @Size(max = 100) @NoFormula String industry,
        @Size(max = 4000) @NoFormula String notes,
        Instant createdAt) {

    public NewCustomer {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
