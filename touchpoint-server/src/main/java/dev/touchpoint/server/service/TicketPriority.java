package dev.touchpoint.server.service;

/** How urgent a ticket is. */
public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
