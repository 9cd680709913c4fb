package dev.touchpoint.server.service.shared;

import dev.touchpoint.server.touchpoint.NewEvent;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Records service contacts as touchpoint events at the catalogue's service touchpoints: complaints at
 * {@code COMPLAINT}, other ticket contacts at {@code SERVICE_DESK}, care messages at
 * {@code SERVICE_REMINDER}. Uses the trusted path (jobs run without a user), written with the caller's
 * transaction, and the given event id, so recording twice stores once. When the catalogue lacks the touchpoint (no template
 * applied yet), the contact is not recorded, and the ticket or message goes on regardless.
 */
@Component
class ServiceTouchpointRecorder implements TouchpointRecorder {

    private static final Logger log = LoggerFactory.getLogger(ServiceTouchpointRecorder.class);
    private static final Map<String, String> TOUCHPOINTS = Map.of(
            "SERVICE_COMPLAINT_OPENED", "COMPLAINT",
            "SERVICE_TICKET_OPENED", "SERVICE_DESK",
            "SERVICE_REPLY", "SERVICE_DESK",
            "SERVICE_CUSTOMER_MESSAGE", "SERVICE_DESK",
            "SERVICE_TICKET_SOLVED", "SERVICE_DESK",
            "CARE_MESSAGE", "SERVICE_REMINDER");

    private final TouchpointApi touchpoints;
    private final ObjectMapper json;

    ServiceTouchpointRecorder(TouchpointApi touchpoints, ObjectMapper json) {
        this.touchpoints = touchpoints;
        this.json = json;
    }

    @Override
    public void record(String eventId, long customerId, String kind, String channel, Instant at, String detail) {
        var code = TOUCHPOINTS.getOrDefault(kind, "SERVICE_DESK");
        var touchpoint = touchpoints.find(code);
        if (touchpoint.isEmpty()) {
            log.debug("touchpoint {} not in the catalogue; {} for customer {} not recorded", code, kind, customerId);
            return;
        }
        var attributes = json.writeValueAsString(Map.of("service", kind, "detail", detail == null ? "" : detail));
        touchpoints.recordTrusted(new NewEvent(
                eventId,
                customerId,
                null,
                code,
                touchpoint.get().kind(),
                at,
                channel(channel),
                null,
                null,
                null,
                null,
                null,
                null,
                attributes));
    }

    private static TouchpointChannel channel(String name) {
        for (var c : TouchpointChannel.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return TouchpointChannel.OTHER;
    }
}
