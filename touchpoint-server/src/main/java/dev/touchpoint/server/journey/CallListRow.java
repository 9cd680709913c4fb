package dev.touchpoint.server.journey;

/**
 * One customer of a call list: who to call, and who owns the relationship.
 *
 * @param owner the owner's display name, or null
 * @param team the owning team's name, or null
 */
public record CallListRow(long id, String name, String phone, String tier, String owner, String team) {}
