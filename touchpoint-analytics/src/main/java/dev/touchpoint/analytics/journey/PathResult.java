package dev.touchpoint.analytics.journey;

import java.util.List;

/**
 * The result of {@link PathQuery#analyze}: a Sankey diagram plus the most common whole paths.
 *
 * @param nodes the nodes, by step then id
 * @param links the links, by source step, then subjects descending, then ids
 * @param topPaths the {@code topK} most common paths before grouping, by subjects descending, then
 *     nodes
 * @param subjects the subjects who had the anchor
 */
public record PathResult(List<PathNode> nodes, List<PathLink> links, List<PathCount> topPaths, long subjects) {

    /** Copies the lists. */
    public PathResult {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        topPaths = List.copyOf(topPaths);
    }
}
