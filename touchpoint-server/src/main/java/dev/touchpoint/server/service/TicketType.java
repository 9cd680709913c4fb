package dev.touchpoint.server.service;

/** What a ticket is about. */
public enum TicketType {
    QUESTION,
    REQUEST,
    COMPLAINT
}
