package dev.touchpoint.server.sales.lead;

/** The customer and opportunity a lead became. */
public record Converted(long leadId, long customerId, long opportunityId) {}
