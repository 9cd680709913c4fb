package dev.touchpoint.server.sales.lead;

/** A lead is open until converted into a customer and an opportunity, or given up. */
public enum LeadStatus {
    OPEN,
    CONVERTED,
    LOST
}
