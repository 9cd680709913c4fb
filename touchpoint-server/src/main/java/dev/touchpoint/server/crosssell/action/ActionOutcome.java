package dev.touchpoint.server.crosssell.action;

/** What someone did with a suggestion. */
public enum ActionOutcome {
    /** The customer agreed (an offer made, an appointment booked). */
    ACCEPTED,
    /** Not now / not for this customer: not suggested again for 30 days. */
    DISMISSED,
    /** Done (the call made, the service booked and done). */
    COMPLETED
}
