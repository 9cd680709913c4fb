package dev.touchpoint.server.insight;

import java.time.LocalDate;

/**
 * Published when a value-engine run has finished successfully (e.g. the cross-sell mining run
 * follows it).
 *
 * @param runId the run
 * @param asOf its as-of date
 */
public record ValueRunFinished(long runId, LocalDate asOf) {}
