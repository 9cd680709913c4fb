package dev.touchpoint.analytics.journey;

/**
 * A Sankey link between nodes of consecutive steps.
 *
 * @param source the source node id
 * @param target the target node id
 * @param subjects the subjects who went from source to target
 */
public record PathLink(String source, String target, long subjects) {}
