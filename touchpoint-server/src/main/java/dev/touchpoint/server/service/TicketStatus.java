package dev.touchpoint.server.service;

/**
 * Where a ticket is. {@link #PENDING_CUSTOMER} pauses the SLA clocks by default (configurable with
 * {@code touchpoint.service.pause-statuses}); {@link #SOLVED} and {@link #CLOSED} stop them.
 */
public enum TicketStatus {
    NEW,
    OPEN,
    PENDING_CUSTOMER,
    SOLVED,
    CLOSED;

    /** Whether work on the ticket has ended. */
    public boolean done() {
        return this == SOLVED || this == CLOSED;
    }
}
