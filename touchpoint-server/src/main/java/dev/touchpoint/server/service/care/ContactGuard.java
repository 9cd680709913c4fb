package dev.touchpoint.server.service.care;

import dev.touchpoint.server.customer.CustomerApi;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The over-service guard (过度服务: over-automation, ill-timed marketing, privacy, seed 000): before the
 * service module contacts a customer on its own initiative it checks consent for the channel, the
 * global frequency cap and quiet hours. Replies to a customer's own ticket are answers, not outreach,
 * and are not guarded.
 */
@Component
class ContactGuard {

    /** The guard's decision. */
    enum Verdict {
        ALLOW,
        NO_CONSENT,
        FREQUENCY_CAP,
        QUIET_HOURS;

        boolean blocks() {
            return this == NO_CONSENT || this == FREQUENCY_CAP;
        }
    }

    private final CustomerApi customers;
    private final OutboundRepository outbound;

    ContactGuard(CustomerApi customers, OutboundRepository outbound) {
        this.customers = customers;
        this.outbound = outbound;
    }

    /**
     * Judges one message: consent first (a refusal never waits), then the cap over the last
     * {@code windowDays}, then quiet hours (which only defer the message to a later run).
     */
    Verdict check(long customerId, String channel, Instant now) {
        if (!customers.hasConsent(customerId, channel)) {
            return Verdict.NO_CONSENT;
        }
        var settings = outbound.settings();
        var since = now.minus(Duration.ofDays(settings.windowDays()));
        if (outbound.sentSince(customerId, since) >= settings.maxMessages()) {
            return Verdict.FREQUENCY_CAP;
        }
        var local = now.atZone(java.time.ZoneId.of(settings.zone())).toLocalTime();
        if (settings.quietAt(local.getHour() * 60 + local.getMinute())) {
            return Verdict.QUIET_HOURS;
        }
        return Verdict.ALLOW;
    }
}
