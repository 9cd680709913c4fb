package dev.touchpoint.server.sales;

import jakarta.validation.constraints.Size;

/** How an objection was handled and whether that resolved it. */
public record ObjectionUpdate(HandlingMethod method, @Size(max = 2000) String handling, boolean resolved,
        Integer version) {
}
