package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.sales.IntentClass;

/** Filters of the lead list; every one optional. */
public record LeadQuery(String q, IntentClass intentClass, LeadStatus status, Long ownerId) {

    public static LeadQuery all() {
        return new LeadQuery(null, null, null, null);
    }
}
