package dev.touchpoint.server.service.care;

import java.time.Instant;

/**
 * A message the service module sent or tried to send on its own initiative, with the guard's verdict.
 *
 * @param status SENT, BLOCKED or FAILED
 * @param reason why it was blocked or failed: NO_CONSENT, FREQUENCY_CAP, NO_ADDRESS, or the error
 */
public record OutboundMessage(
        long id,
        long customerId,
        String customerName,
        String channel,
        String purpose,
        String subject,
        String status,
        String reason,
        Instant createdAt) {}
