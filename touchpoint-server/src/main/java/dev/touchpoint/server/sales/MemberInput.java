package dev.touchpoint.server.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A buying-centre member to add or change; {@code profile} null leaves the stored profile alone. */
public record MemberInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String title,
        @Size(max = 40) String phone,
        @NotNull BuyingRole role,
        Boolean champion,
        Boolean keyPerson,
        Attitude attitude,
        Instant lastContactAt,
        @Valid PersonalProfile profile,
        Integer version) {

    public MemberInput {
        champion = Boolean.TRUE.equals(champion);
        keyPerson = Boolean.TRUE.equals(keyPerson);
    }
}
