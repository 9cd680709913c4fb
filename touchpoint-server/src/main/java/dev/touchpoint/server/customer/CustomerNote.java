package dev.touchpoint.server.customer;

import java.time.Instant;

/** A free-text note on a customer. */
record CustomerNote(long id, long customerId, String author, String body, Instant createdAt) {}
