package dev.touchpoint.server.service;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Logs touchpoint events until the touchpoint module's API exists. */
@Component
class LoggingTouchpointRecorder implements TouchpointRecorder {

    private static final Logger log = LoggerFactory.getLogger(LoggingTouchpointRecorder.class);

    @Override
    public void record(String eventId, long customerId, String kind, String channel, Instant at, String detail) {
        log.debug("touchpoint {} customer={} kind={} channel={} at={} {}", eventId, customerId, kind, channel, at,
                detail);
    }
}
