package dev.touchpoint.server.touchpoint;

import java.time.Instant;

/** A customer's lowest-emotion touchpoint in a recent window (the valley, DOMAIN §3). */
public record ValleyEvent(long customerId, String touchpoint, int emotion, Instant occurredAt) {}
