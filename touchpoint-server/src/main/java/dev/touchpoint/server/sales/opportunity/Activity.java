package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.ActivityKind;
import java.time.Instant;

/** One of the eight kinds of sales activity done on an opportunity. */
public record Activity(
        long id, long opportunityId, ActivityKind kind, Long memberId, String summary, Instant at, String actor) {}
