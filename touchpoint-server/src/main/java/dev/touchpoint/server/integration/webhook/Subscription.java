package dev.touchpoint.server.integration.webhook;

import dev.touchpoint.server.platform.OutboundEventType;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A subscription as stored (the URL and secret still sealed).
 *
 * @param urlDisplay the URL with its query (a robot's key) masked
 * @param tiers only events about customers of these tiers; empty for all
 * @param teamId the team whose group chat a robot posts into
 * @param quietFrom start of that team's quiet hours (business time), or null
 * @param quietUntil end of the quiet hours
 * @param ownerId the user whose record scope it acts in
 */
record Subscription(
        long id,
        String name,
        Kind kind,
        String urlSealed,
        String urlDisplay,
        String secretSealed,
        Set<OutboundEventType> eventTypes,
        List<String> tiers,
        String locale,
        Long teamId,
        LocalTime quietFrom,
        LocalTime quietUntil,
        long ownerId,
        boolean active,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        int version) {

    boolean wants(OutboundEventType type) {
        return active && eventTypes.contains(type);
    }

    /** Whether {@code time} (business time) falls in the quiet hours, which may span midnight. */
    boolean quietAt(LocalTime time) {
        if (quietFrom == null) {
            return false;
        }
        if (quietFrom.isBefore(quietUntil)) {
            return !time.isBefore(quietFrom) && time.isBefore(quietUntil);
        }
        return !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }
}
