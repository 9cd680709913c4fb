package dev.touchpoint.server.sales.shared;

import dev.touchpoint.server.platform.OutboundEvent;
import dev.touchpoint.server.platform.OutboundEventType;
import java.util.ArrayList;
import java.util.List;

/** The outbound events about a lead: its id, name, owner and team, and what changed. */
public final class LeadEvents {

    private LeadEvents() {}

    /**
     * Publishes {@code lead.created} for a new lead and, when it has an owner already,
     * {@code lead.assigned}.
     */
    public static void publishNew(
            org.springframework.context.ApplicationEventPublisher events,
            long leadId,
            String name,
            Long ownerId,
            Long teamId,
            String source,
            String productInterest,
            boolean imported) {
        events.publishEvent(of(
                OutboundEventType.LEAD_CREATED,
                leadId,
                name,
                ownerId,
                teamId,
                "source",
                source,
                "productInterest",
                productInterest,
                "imported",
                imported ? Boolean.TRUE : null));
        if (ownerId != null) {
            events.publishEvent(of(OutboundEventType.LEAD_ASSIGNED, leadId, name, ownerId, teamId));
        }
    }

    public static OutboundEvent of(
            OutboundEventType type, long leadId, String name, Long ownerId, Long teamId, Object... more) {
        var pairs = new ArrayList<Object>(List.of("name", name));
        if (ownerId != null) {
            pairs.addAll(List.of("ownerId", ownerId));
        }
        if (teamId != null) {
            pairs.addAll(List.of("teamId", teamId));
        }
        pairs.addAll(java.util.Arrays.asList(more));
        return OutboundEvent.ofOwned(type, "lead", leadId, ownerId, teamId, pairs.toArray());
    }
}
