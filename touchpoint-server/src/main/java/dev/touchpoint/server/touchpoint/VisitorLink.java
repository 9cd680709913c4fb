package dev.touchpoint.server.touchpoint;

/** An anonymous visitor identified as a customer. */
public record VisitorLink(String visitorId, long customerId) {}
