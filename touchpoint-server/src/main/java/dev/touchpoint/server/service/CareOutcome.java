package dev.touchpoint.server.service;

/**
 * What a run of the care plans did with the occasions it was given.
 *
 * @param sent messages sent
 * @param tasks tasks opened
 * @param blocked messages the over-service guard held back (no consent, frequency cap)
 * @param deferred messages in quiet hours, retried by the next run
 * @param failed messages the channel failed to deliver
 */
public record CareOutcome(int sent, int tasks, int blocked, int deferred, int failed) {}
