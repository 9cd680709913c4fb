package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.ExitCriterion;
import dev.touchpoint.server.sales.SalesStage;
import java.time.Instant;
import java.util.List;

/** A recorded stage move, with the criteria that were overridden and why. */
public record StageChange(
        long id,
        long opportunityId,
        SalesStage from,
        SalesStage to,
        List<ExitCriterion> unmet,
        String overrideReason,
        Instant at,
        String actor) {

    public StageChange {
        unmet = List.copyOf(unmet);
    }
}
