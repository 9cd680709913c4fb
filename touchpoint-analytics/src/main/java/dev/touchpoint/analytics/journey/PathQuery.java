package dev.touchpoint.analytics.journey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The most common paths (移动线, DOMAIN.md §2) from or to an anchor, as a Sankey diagram.
 *
 * <p>Per subject, the node sequence is the node key of each event in time order (optionally with
 * consecutive duplicates collapsed: A A B → A B). From the first occurrence of a {@link
 * PathAnchor.StartingAt start} anchor, the next {@code steps} nodes are taken, numbered 1..steps;
 * when the sequence ends sooner, the path ends with an explicit {@link #LEFT} node (离开) at the next
 * step. For an {@link PathAnchor.EndingAt end} anchor, up to {@code steps} nodes ending with its
 * first occurrence are taken, numbered so that the anchor is always step {@code steps} (shorter
 * paths start at a later step). Subjects without the anchor are left out; each subject counts once.
 *
 * <p>Grouping: for each step transition in turn, links are ranked by subjects (ties by ids); the top
 * {@code topK} are kept and every other path's node at the later step becomes {@link #OTHER} (其他),
 * so flows stay conserved and paths continue from the "other" node. Links into {@link #LEFT} are
 * always kept and not counted in {@code topK}.
 *
 * @param anchor where paths start or end
 * @param steps the path length N, at least 2
 * @param collapseRepeats whether to collapse consecutive duplicate nodes
 * @param topK links kept per step transition, at least 1
 * @param nodeKey what the nodes stand for
 */
public record PathQuery(PathAnchor anchor, int steps, boolean collapseRepeats, int topK, PathNodeKey nodeKey) {

    /** The node a path goes to when it ends before N steps (离开). */
    public static final String LEFT = "left";

    /** The node that groups links beyond the top K (其他). */
    public static final String OTHER = "other";

    /** Validates. */
    public PathQuery {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(nodeKey, "nodeKey");
        if (steps < 2 || topK < 1) {
            throw new IllegalArgumentException("need steps >= 2 and topK >= 1");
        }
    }

    /** Returns a touchpoint query starting at {@code touchpoint}, collapsing repeats, top 10 links. */
    public static PathQuery from(String touchpoint, int steps) {
        return new PathQuery(PathAnchor.startingAt(touchpoint), steps, true, 10, PathNodeKey.TOUCHPOINT);
    }

    /** Returns a touchpoint query ending at {@code touchpoint}, collapsing repeats, top 10 links. */
    public static PathQuery to(String touchpoint, int steps) {
        return new PathQuery(PathAnchor.endingAt(touchpoint), steps, true, 10, PathNodeKey.TOUCHPOINT);
    }

    /** Returns a copy keeping {@code k} links per step. */
    public PathQuery withTopK(int k) {
        return new PathQuery(anchor, steps, collapseRepeats, k, nodeKey);
    }

    /** Returns a copy with repeat collapsing switched on or off. */
    public PathQuery withCollapseRepeats(boolean collapse) {
        return new PathQuery(anchor, steps, collapse, topK, nodeKey);
    }

    /** Returns a copy keyed by {@code key}. */
    public PathQuery withNodeKey(PathNodeKey key) {
        return new PathQuery(anchor, steps, collapseRepeats, topK, key);
    }

    /** Counts the paths in one pass over the journeys, then builds the grouped Sankey. */
    public PathResult analyze(Iterable<SubjectJourney> journeys) {
        Map<List<String>, Long> paths = new HashMap<>();
        long subjects = 0;
        for (SubjectJourney journey : journeys) {
            List<String> path = pathOf(nodes(journey));
            if (path != null) {
                paths.merge(path, 1L, Long::sum);
                subjects++;
            }
        }
        return new PathSankey(this).build(paths, subjects);
    }

    private List<String> nodes(SubjectJourney journey) {
        List<String> nodes = new ArrayList<>();
        for (JourneyEvent event : journey.events()) {
            String node = nodeKey.of(event);
            boolean repeat = !nodes.isEmpty() && nodes.get(nodes.size() - 1).equals(node);
            if (node != null && !(collapseRepeats && repeat)) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    /** The anchored path, or null without the anchor; start paths shorter than N end with LEFT. */
    private List<String> pathOf(List<String> nodes) {
        int at = nodes.indexOf(anchor.node());
        if (at < 0) {
            return null;
        }
        if (anchor instanceof PathAnchor.EndingAt) {
            return List.copyOf(nodes.subList(Math.max(0, at - steps + 1), at + 1));
        }
        List<String> path = new ArrayList<>(nodes.subList(at, Math.min(nodes.size(), at + steps)));
        if (path.size() < steps) {
            path.add(LEFT);
        }
        return List.copyOf(path);
    }

    static Comparator<PathCount> byFrequency() {
        return Comparator.comparingLong(PathCount::subjects)
                .reversed()
                .thenComparing(p -> String.join("\u0000", p.nodes()));
    }
}
