package dev.touchpoint.server.service.care;

/** What one care-plan run did; deferred messages (quiet hours) are retried by the next run. */
public record CareRunResult(int stagesPolled, int sent, int tasks, int blocked, int deferred, int failed) {}
