package dev.touchpoint.server.insight;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests of the win-back workflow (DOMAIN §6). */
final class WinBackRequests {

    private WinBackRequests() {}

    /** Assign a warning to a user. */
    record Assign(@NotNull Long assigneeId, Integer version) {}

    /** A contact made to win the customer back, recorded as a touchpoint of the catalogue. */
    record Contact(
            @NotBlank String touchpoint, @Size(max = 2000) String note) {}

    /**
     * Close with the outcome; the churn cause (seed 001) and the party at fault (seed 002) are required
     * unless the outcome is NOT_NEEDED.
     */
    record Close(
            @NotBlank String outcome,
            String churnCause,
            String causeParty,
            @Size(max = 2000) String note,
            Integer version) {}
}
