package dev.touchpoint.analytics.service;

/** Who wrote a message of a ticket's conversation. */
public enum Party {
    /** The customer (or someone on their behalf, e.g. a phone call logged by an agent). */
    CUSTOMER,
    /** A service agent, in a reply the customer sees. */
    AGENT
}
