package dev.touchpoint.server.insight;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One value-engine run.
 *
 * @param status RUNNING, DONE or FAILED
 * @param phase what it is doing now (a message key suffix)
 * @param progress 0–100
 */
public record ValueRun(
        long id,
        LocalDate asOf,
        String status,
        String phase,
        int progress,
        Instant startedAt,
        Instant finishedAt,
        String startedBy,
        Integer customers,
        Long orders,
        Integer warnings,
        Long durationMs,
        String error) {}
