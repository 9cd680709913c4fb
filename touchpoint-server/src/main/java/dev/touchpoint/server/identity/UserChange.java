package dev.touchpoint.server.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Changes to a user; {@code version} is the version the editor read (optimistic locking). */
public record UserChange(
        @NotBlank @Size(max = 100) String displayName,
        @Email @Size(max = 200) String email,
        @NotNull Role role,
        boolean enabled,
        Set<Long> teamIds,
        @NotNull Integer version) {

    public UserChange {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }
}
