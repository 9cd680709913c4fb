package dev.touchpoint.server.crosssell.mining;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A mining run.
 *
 * @param id its number
 * @param asOf the orders up to this date were mined
 * @param status RUNNING, DONE or FAILED
 * @param phase what it does now
 * @param percent how far it is
 * @param engine where it ran ({@code local})
 * @param startedAt when it started
 * @param finishedAt when it finished, or null
 * @param startedBy who started it ({@code system} for the run after a value run)
 * @param orders orders read
 * @param customers customers with orders
 * @param itemsets frequent itemsets (products and categories)
 * @param rules association rules stored
 * @param sequences sequential rules stored
 * @param durationMs how long it took
 * @param evaluation the offline evaluation as JSON, or null
 * @param error why it failed, or null
 */
public record MiningRun(
        long id,
        LocalDate asOf,
        String status,
        String phase,
        int percent,
        String engine,
        Instant startedAt,
        Instant finishedAt,
        String startedBy,
        Integer orders,
        Integer customers,
        Integer itemsets,
        Integer rules,
        Integer sequences,
        Long durationMs,
        String evaluation,
        String error) {}
