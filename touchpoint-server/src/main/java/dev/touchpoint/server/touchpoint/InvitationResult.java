package dev.touchpoint.server.touchpoint;

import java.time.Instant;
import java.util.List;

/**
 * What an invitation run did: links created, and customers not invited with the reason —
 * {@code NO_CONSENT} (the customer's consent does not allow the channel), {@code FREQUENCY_CAP}
 * (invited within the period), {@code OUT_OF_SCOPE}, {@code NOT_FOUND}.
 */
public record InvitationResult(List<Sent> sent, List<Blocked> blocked) {

    /** @param link the public path {@code /public/surveys/<token>}; the token is shown only here */
    public record Sent(long customerId, long invitationId, String link, Instant expiresAt) {}

    public record Blocked(long customerId, String reason, String detail) {}
}
