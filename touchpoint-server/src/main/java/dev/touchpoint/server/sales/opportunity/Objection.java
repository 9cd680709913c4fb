package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.HandlingMethod;
import dev.touchpoint.server.sales.ObjectionType;
import java.time.Instant;

/** An objection the customer raised, how it was handled, and whether it is resolved. */
public record Objection(
        long id,
        long opportunityId,
        ObjectionType type,
        String statement,
        HandlingMethod method,
        String handling,
        boolean resolved,
        Instant at,
        Instant resolvedAt,
        String actor,
        int version) {}
