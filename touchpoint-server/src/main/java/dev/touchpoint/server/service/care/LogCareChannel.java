package dev.touchpoint.server.service.care;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes messages to the log: the fallback of every channel, and a safe default for demos. */
@Component
class LogCareChannel implements CareChannel {

    private static final Logger log = LoggerFactory.getLogger(LogCareChannel.class);

    @Override
    public boolean supports(String channel) {
        return true;
    }

    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void send(Delivery d) {
        log.info("care message via {} to customer {}: {}", d.channel(), d.customerId(), d.subject());
    }
}
