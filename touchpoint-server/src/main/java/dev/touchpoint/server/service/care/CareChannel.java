package dev.touchpoint.server.service.care;

/**
 * A way to deliver a service message (care step, proactive note) to a customer. Channels are beans:
 * the module ships a log channel for every consent channel and an SMTP channel for {@code EMAIL}
 * (active with {@code spring.mail.host} and {@code touchpoint.service.mail-from}); a deployment adds
 * SMS or WeChat by declaring another bean. The over-service guard has already allowed the message.
 */
public interface CareChannel {

    /** A message to deliver. {@code address} is the e-mail or phone, may be null for log delivery. */
    record Delivery(long customerId, String channel, String address, String subject, String body) {}

    /** Whether this channel delivers messages of the consent channel {@code channel} (EMAIL, SMS…). */
    boolean supports(String channel);

    /** Lower runs first; the log channel is the fallback. */
    default int order() {
        return 0;
    }

    /** Delivers the message; throws when it could not. */
    void send(Delivery delivery);
}
