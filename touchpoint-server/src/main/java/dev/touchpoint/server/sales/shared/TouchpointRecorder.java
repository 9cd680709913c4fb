package dev.touchpoint.server.sales.shared;

import java.time.Instant;
import java.util.Map;

/**
 * Where completed follow-ups, activities and objections go as touchpoint events. The touchpoint
 * module's {@code TouchpointApi.record(...)} is not available yet; {@link LoggingTouchpointRecorder}
 * stands in until it is wired at integration.
 */
public interface TouchpointRecorder {

    /**
     * One touchpoint event.
     *
     * @param eventId idempotency key, stable per sales record (e.g. {@code sales-task-42})
     * @param customerId the customer, or null for a lead not yet converted (then {@code leadId} is in attributes)
     * @param touchpoint catalogue name, e.g. {@code sales.follow-up}
     * @param kind journey kind, e.g. {@code EXPERIENCE} or {@code OBJECTION}
     */
    record Event(
            String eventId,
            Long customerId,
            String touchpoint,
            String kind,
            Instant occurredAt,
            String channel,
            Map<String, String> attributes) {}

    void record(Event event);
}
