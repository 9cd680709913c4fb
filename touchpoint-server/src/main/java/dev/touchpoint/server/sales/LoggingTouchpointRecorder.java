package dev.touchpoint.server.sales;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Stand-in until the touchpoint module's event API is wired: logs each event at debug level. */
@Component
class LoggingTouchpointRecorder implements TouchpointRecorder {

    private static final Logger log = LoggerFactory.getLogger(LoggingTouchpointRecorder.class);

    @Override
    public void record(Event event) {
        log.debug("touchpoint event {} customer={} touchpoint={} kind={} at={} channel={} {}", event.eventId(),
                event.customerId(), event.touchpoint(), event.kind(), event.occurredAt(), event.channel(),
                event.attributes());
    }
}
