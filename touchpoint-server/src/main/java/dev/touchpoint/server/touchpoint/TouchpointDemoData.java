package dev.touchpoint.server.touchpoint;

import java.util.List;

/**
 * The demo business's touchpoint history: events (store visits through zones, test drives, calls,
 * deliveries, services, survey answers), anonymous visitors identified later, and monthly audits.
 * Codes refer to the dealership template ({@code DEALERSHIP}), which loading applies first.
 */
public record TouchpointDemoData(List<NewEvent> events, List<VisitorLink> identities, List<NewAudit> audits) {

    public TouchpointDemoData {
        events = List.copyOf(events);
        identities = List.copyOf(identities);
        audits = List.copyOf(audits);
    }
}
