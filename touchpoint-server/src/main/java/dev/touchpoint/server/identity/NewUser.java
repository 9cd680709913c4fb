package dev.touchpoint.server.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A user to create. The password must have at least 10 characters. */
public record NewUser(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{user.username.pattern}")
        String username,

        @NotBlank @Size(max = 100) String displayName,
        @Email @Size(max = 200) String email,
        @NotBlank @Size(min = 10, max = 200) String password,
        @NotNull Role role,
        Set<Long> teamIds) {

    public NewUser {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }
}
