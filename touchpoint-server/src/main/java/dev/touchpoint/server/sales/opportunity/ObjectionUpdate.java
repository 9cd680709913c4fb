package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.HandlingMethod;
import jakarta.validation.constraints.Size;

/** How an objection was handled and whether that resolved it. */
public record ObjectionUpdate(
        HandlingMethod method, @Size(max = 2000) String handling, Boolean resolved, Integer version) {

    public ObjectionUpdate {
        resolved = Boolean.TRUE.equals(resolved);
    }
}
