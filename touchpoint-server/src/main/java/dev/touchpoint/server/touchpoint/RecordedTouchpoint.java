package dev.touchpoint.server.touchpoint;

import java.time.Instant;

/**
 * A touchpoint another module (or a person on the 360 page) records for a customer, e.g. the sales
 * module's test drive or the service module's complaint call.
 *
 * @param touchpoint catalogue code
 * @param channel null for the touchpoint's own channel
 * @param emotion 1–6 or null
 * @param note free text shown on the timeline, or null
 * @param occurredAt null for now
 * @param sourceKey a key that makes the recording idempotent (e.g. {@code order-42-delivered}); null for
 *     a fresh event each call
 */
public record RecordedTouchpoint(
        long customerId,
        String touchpoint,
        TouchpointChannel channel,
        Integer emotion,
        String note,
        Instant occurredAt,
        String sourceKey) {

    public RecordedTouchpoint {
        if (emotion != null && (emotion < 1 || emotion > 6)) {
            throw dev.touchpoint.server.platform.InvalidInputException.of("emotion", "range", "emotion must be 1 to 6");
        }
        if (note != null && note.length() > 2000) {
            throw dev.touchpoint.server.platform.InvalidInputException.of(
                    "note", "length", "note must be at most 2000 characters");
        }
    }
}
