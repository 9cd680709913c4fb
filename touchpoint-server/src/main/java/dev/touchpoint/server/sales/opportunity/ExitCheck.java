package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.ExitCriterion;
import dev.touchpoint.server.sales.SalesStage;
import java.time.Instant;

/** One exit criterion of an opportunity's checklist and whether it is met. */
public record ExitCheck(
        ExitCriterion criterion, SalesStage stage, boolean automatic, boolean met, Instant doneAt, String doneBy) {}
