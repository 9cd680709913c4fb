package dev.touchpoint.analytics.service;

import java.time.Instant;

/**
 * A public message of a ticket's conversation; internal notes are not messages to the customer and
 * are left out by the caller.
 *
 * @param at when it was written
 * @param party who wrote it
 */
public record ConversationMessage(Instant at, Party party) {

    public ConversationMessage {
        if (at == null || party == null) {
            throw new IllegalArgumentException("time and party are required");
        }
    }

    /** A message from the customer at {@code at}. */
    public static ConversationMessage customer(Instant at) {
        return new ConversationMessage(at, Party.CUSTOMER);
    }

    /** A public agent reply at {@code at}. */
    public static ConversationMessage agent(Instant at) {
        return new ConversationMessage(at, Party.AGENT);
    }
}
