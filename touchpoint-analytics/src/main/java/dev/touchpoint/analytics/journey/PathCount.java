package dev.touchpoint.analytics.journey;

import java.util.List;

/**
 * A whole path (sequence of node names, possibly ending with {@link PathQuery#LEFT}) and how many
 * subjects followed it.
 *
 * @param nodes the node names in order
 * @param subjects the subjects who followed it
 */
public record PathCount(List<String> nodes, long subjects) {

    /** Copies the nodes. */
    public PathCount {
        nodes = List.copyOf(nodes);
    }
}
