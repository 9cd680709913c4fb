package dev.touchpoint.analytics.journey;

/**
 * A Sankey node: a touchpoint (or zone, {@link PathQuery#LEFT}, {@link PathQuery#OTHER}) at a step.
 *
 * @param id the step-indexed id, e.g. {@code 2:TEST_DRIVE}
 * @param step the 1-based step
 * @param name the node name without the step
 * @param subjects the subjects whose path passes through this node
 */
public record PathNode(String id, int step, String name, long subjects) {}
