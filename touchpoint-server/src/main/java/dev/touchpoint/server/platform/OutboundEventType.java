package dev.touchpoint.server.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What other systems can subscribe to (webhooks, work-chat robots). The code is the {@code type} of
 * the delivered message, e.g. {@code order.stage_changed}; it is a contract and never changes.
 */
public enum OutboundEventType {
    CUSTOMER_CREATED("customer.created"),
    CUSTOMER_CHANGED("customer.changed"),
    CUSTOMER_MERGED("customer.merged"),
    CONSENT_CHANGED("consent.changed"),
    ORDER_CREATED("order.created"),
    ORDER_STAGE_CHANGED("order.stage_changed"),
    PAYMENT_RECEIVED("payment.received"),
    LEAD_CREATED("lead.created"),
    LEAD_ASSIGNED("lead.assigned"),
    LEAD_CONVERTED("lead.converted"),
    LEAD_LOST("lead.lost"),
    OPPORTUNITY_STAGE_MOVED("opportunity.stage_moved"),
    TICKET_CREATED("ticket.created"),
    TICKET_SOLVED("ticket.solved"),
    SLA_BREACH_IMMINENT("sla.breach_imminent"),
    SLA_BREACHED("sla.breached"),
    WARNING_RAISED("warning.raised"),
    WARNING_CLOSED("warning.closed"),
    NEXT_ACTION_ACCEPTED("next_action.accepted"),
    VALUE_RUN_DONE("value_run.done"),
    /** Sent on request from the subscription's page, to check a receiver. */
    PING("webhook.ping");

    private final String code;

    OutboundEventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The message key suffix, e.g. {@code order_stage_changed}. */
    public String key() {
        return code.replace('.', '_');
    }

    /** By code ({@code order.stage_changed}) or constant name ({@code ORDER_STAGE_CHANGED}). */
    public static Optional<OutboundEventType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var t = text.strip();
        return Arrays.stream(values())
                .filter(v -> v.code.equals(t) || v.name().equals(t.toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
