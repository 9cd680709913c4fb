package dev.touchpoint.server.customer;

import dev.touchpoint.server.platform.NoFormula;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A full replacement of a customer's fields ({@code PUT}). {@code ownerId} and {@code teamId} left
 * null keep the current assignment. {@code version} is the version the caller read; a stale one
 * answers 409 (or 412 when sent as {@code If-Match}).
 */
record CustomerChange(
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
        Integer version) {

    CustomerChange {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    static CustomerChange of(Customer c) {
        return new CustomerChange(
                c.kind(),
                c.name(),
                c.phone(),
                c.email(),
                c.tier(),
                c.source(),
                c.ownerId(),
                c.teamId(),
                c.tags(),
                c.gender(),
                c.birthday(),
                c.city(),
                c.address(),
                c.industry(),
                c.notes(),
                c.version());
    }

    NewCustomer toNew() {
        return new NewCustomer(
                kind, name, phone, email, tier, source, ownerId, teamId, tags, gender, birthday, city, address,
                industry, notes, null);
    }
}
