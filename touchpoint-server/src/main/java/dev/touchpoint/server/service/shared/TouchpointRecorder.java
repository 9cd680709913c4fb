package dev.touchpoint.server.service.shared;

import java.time.Instant;

/**
 * Records service contacts (ticket opened and replied, care messages) as touchpoint events. The
 * touchpoint module's {@code TouchpointApi.record(...)} is not available yet; {@link
 * LoggingTouchpointRecorder} stands in until it is, and only this interface's implementation changes.
 */
public interface TouchpointRecorder {

    /**
     * @param eventId idempotency key, e.g. {@code service:ticket:42:opened}
     * @param kind the touchpoint kind, e.g. {@code SERVICE_TICKET_OPENED}, {@code CARE_MESSAGE}
     */
    void record(String eventId, long customerId, String kind, String channel, Instant at, String detail);
}
