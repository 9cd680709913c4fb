package dev.touchpoint.analytics.journey;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Expectation versus perception per touchpoint (期望/感知, DOMAIN.md §3; the gap model of
 * Parasuraman, Zeithaml &amp; Berry 1985): {@code gap = mean(perception) − mean(expectation)},
 * classified as {@link ExpectationOutcome#EXCEEDED} above {@code +threshold}, {@link
 * ExpectationOutcome#BELOW} under {@code −threshold}, {@link ExpectationOutcome#FORGETTABLE}
 * otherwise. Touchpoints are ranked by {@code priority = −gap × importance}, descending (ties by
 * code), so the worst shortfalls at the most important touchpoints come first.
 *
 * @param threshold the classification threshold θ, not negative (0.5 by default)
 * @param importance the importance per touchpoint; a touchpoint without one gets 1
 */
public record ExpectationGaps(double threshold, Map<String, Double> importance) {

    /** Validates and copies. */
    public ExpectationGaps {
        if (!(threshold >= 0)) {
            throw new IllegalArgumentException("threshold must not be negative");
        }
        importance = Map.copyOf(importance);
    }

    /** Returns θ = 0.5 with no importance weights. */
    public static ExpectationGaps defaults() {
        return new ExpectationGaps(0.5, Map.of());
    }

    /** Returns a copy weighting touchpoints by {@code weights}. */
    public ExpectationGaps withImportance(Map<String, Double> weights) {
        return new ExpectationGaps(threshold, weights);
    }

    /** Computes and ranks the gaps in one pass over the ratings. */
    public List<TouchpointGap> analyze(Iterable<ExpectationRating> ratings) {
        Map<String, double[]> sums = new TreeMap<>();
        for (ExpectationRating rating : ratings) {
            double[] s = sums.computeIfAbsent(rating.touchpoint(), t -> new double[3]);
            s[0]++;
            s[1] += rating.expectation();
            s[2] += rating.perception();
        }
        return sums.entrySet().stream()
                .map(e -> gap(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(TouchpointGap::priority)
                        .reversed()
                        .thenComparing(TouchpointGap::touchpoint))
                .toList();
    }

    private TouchpointGap gap(String touchpoint, double[] sums) {
        double expectation = sums[1] / sums[0];
        double perception = sums[2] / sums[0];
        double gap = perception - expectation;
        double weight = importance.getOrDefault(touchpoint, 1.0);
        return new TouchpointGap(
                touchpoint,
                (long) sums[0],
                expectation,
                perception,
                gap,
                ExpectationOutcome.of(gap, threshold),
                weight,
                -gap * weight);
    }
}
