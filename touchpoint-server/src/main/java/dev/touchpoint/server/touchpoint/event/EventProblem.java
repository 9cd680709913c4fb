package dev.touchpoint.server.touchpoint.event;

/**
 * Why one event of a batch is invalid.
 *
 * @param index zero-based position of the event in the batch
 * @param line one-based line of the request body (NDJSON, CSV with its header as line 1), null for JSON
 */
record EventProblem(int index, Integer line, String field, String rule, String message) {}
