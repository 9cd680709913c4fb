package dev.touchpoint.server.sales;

/** Open, or closed as won (entered the last stage) or lost (with a reason). */
public enum OpportunityStatus {
    OPEN,
    WON,
    LOST
}
