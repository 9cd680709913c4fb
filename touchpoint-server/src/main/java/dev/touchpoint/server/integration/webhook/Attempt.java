package dev.touchpoint.server.integration.webhook;

import java.time.Instant;

/** One attempt of a delivery: the response status (null when none came), the error, the time taken. */
public record Attempt(long id, Instant attemptedAt, Integer statusCode, String error, int millis, String response) {}
