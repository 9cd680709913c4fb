package dev.touchpoint.analytics.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One touchpoint on the importance–performance grid (Martilla &amp; James 1977).
 *
 * @param touchpoint the touchpoint code
 * @param importance its importance (e.g. ln OR of conversion, or a supplied effect)
 * @param performance its performance (e.g. mean emotion or audit score)
 * @param quadrant where it falls, split at the means over all classified touchpoints
 */
public record IpaPoint(String touchpoint, double importance, double performance, IpaQuadrant quadrant) {

    /**
     * Classifies the touchpoints present in both maps, ordered by code. The split points are the
     * means of importance and of performance over those touchpoints; values at the mean count as high.
     */
    public static List<IpaPoint> classify(Map<String, Double> importance, Map<String, Double> performance) {
        TreeSet<String> common = new TreeSet<>(importance.keySet());
        common.retainAll(performance.keySet());
        double meanImportance =
                common.stream().mapToDouble(importance::get).average().orElse(0);
        double meanPerformance =
                common.stream().mapToDouble(performance::get).average().orElse(0);
        List<IpaPoint> points = new ArrayList<>();
        for (String code : common) {
            double i = importance.get(code);
            double p = performance.get(code);
            points.add(new IpaPoint(code, i, p, IpaQuadrant.of(i >= meanImportance, p >= meanPerformance)));
        }
        return points;
    }
}
