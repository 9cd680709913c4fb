package dev.touchpoint.analytics.journey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns counted paths into a Sankey with top-K links per step, see {@link PathQuery}. */
final class PathSankey {

    private final PathQuery query;
    private final boolean endAnchored;

    PathSankey(PathQuery query) {
        this.query = query;
        this.endAnchored = query.anchor() instanceof PathAnchor.EndingAt;
    }

    PathResult build(Map<List<String>, Long> counted, long subjects) {
        List<PathCount> paths = new ArrayList<>();
        counted.forEach((nodes, n) -> paths.add(new PathCount(nodes, n)));
        paths.sort(PathQuery.byFrequency());
        List<PathCount> top = paths.subList(0, Math.min(query.topK(), paths.size()));
        List<String[]> ids = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (PathCount path : paths) {
            ids.add(stepIds(path.nodes()));
            weights.add(path.subjects());
        }
        for (int s = 1; s < query.steps(); s++) {
            groupBeyondTopK(ids, weights, s);
        }
        return new PathResult(nodes(ids, weights), links(ids, weights), top, subjects);
    }

    /** Index i of the returned array holds the id at step i (1-based), or null. */
    private String[] stepIds(List<String> nodes) {
        String[] ids = new String[query.steps() + 2];
        int first = endAnchored ? query.steps() - nodes.size() + 1 : 1;
        for (int i = 0; i < nodes.size(); i++) {
            ids[first + i] = (first + i) + ":" + nodes.get(i);
        }
        return ids;
    }

    private void groupBeyondTopK(List<String[]> ids, List<Long> weights, int step) {
        Map<String, Long> links = new HashMap<>();
        for (int p = 0; p < ids.size(); p++) {
            String[] path = ids.get(p);
            if (path[step] != null && path[step + 1] != null && !isLeft(path[step + 1])) {
                links.merge(path[step] + "\u0000" + path[step + 1], weights.get(p), Long::sum);
            }
        }
        Set<String> kept = new HashSet<>();
        links.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(query.topK())
                .forEach(e -> kept.add(e.getKey()));
        for (String[] path : ids) {
            String link = path[step] + "\u0000" + path[step + 1];
            if (path[step] != null && path[step + 1] != null && !isLeft(path[step + 1]) && !kept.contains(link)) {
                path[step + 1] = (step + 1) + ":" + PathQuery.OTHER;
            }
        }
    }

    private static boolean isLeft(String id) {
        return id.endsWith(":" + PathQuery.LEFT);
    }

    private List<PathNode> nodes(List<String[]> ids, List<Long> weights) {
        Map<String, Long> flow = new TreeMap<>();
        for (int p = 0; p < ids.size(); p++) {
            for (String id : ids.get(p)) {
                if (id != null) {
                    flow.merge(id, weights.get(p), Long::sum);
                }
            }
        }
        List<PathNode> nodes = new ArrayList<>();
        flow.forEach((id, n) -> {
            int colon = id.indexOf(':');
            nodes.add(new PathNode(id, Integer.parseInt(id.substring(0, colon)), id.substring(colon + 1), n));
        });
        nodes.sort(Comparator.comparingInt(PathNode::step).thenComparing(PathNode::id));
        return nodes;
    }

    private List<PathLink> links(List<String[]> ids, List<Long> weights) {
        Map<List<String>, Long> flow = new HashMap<>();
        for (int p = 0; p < ids.size(); p++) {
            String[] path = ids.get(p);
            for (int s = 1; s + 1 < path.length; s++) {
                if (path[s] != null && path[s + 1] != null) {
                    flow.merge(List.of(path[s], path[s + 1]), weights.get(p), Long::sum);
                }
            }
        }
        List<PathLink> links = new ArrayList<>();
        flow.forEach((pair, n) -> links.add(new PathLink(pair.get(0), pair.get(1), n)));
        links.sort(Comparator.comparingInt((PathLink l) ->
                        Integer.parseInt(l.source().substring(0, l.source().indexOf(':'))))
                .thenComparing(Comparator.comparingLong(PathLink::subjects).reversed())
                .thenComparing(PathLink::source)
                .thenComparing(PathLink::target));
        return links;
    }
}
