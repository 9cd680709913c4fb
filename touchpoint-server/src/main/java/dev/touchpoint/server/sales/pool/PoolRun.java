package dev.touchpoint.server.sales.pool;

import java.time.Instant;

/** What one run of the pool rules did. */
public record PoolRun(Instant at, int warned, int reclaimed, int overdueReminders) {}
