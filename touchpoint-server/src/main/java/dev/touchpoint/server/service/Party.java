package dev.touchpoint.server.service;

/** Who wrote a ticket message. */
public enum Party {
    CUSTOMER,
    AGENT
}
