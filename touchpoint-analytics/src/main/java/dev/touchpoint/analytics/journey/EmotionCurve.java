package dev.touchpoint.analytics.journey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Computes the emotion curve (客户情感曲线, DOMAIN.md §3, seed 000): the mean emotion (1..6) per stage
 * and per touchpoint, in journey order, with n, standard deviation, a Student-t confidence interval,
 * a low-sample warning and bottleneck flags. Every event with an emotion is one answer.
 *
 * <p>Touchpoints appear in {@link #touchpointOrder()} when given (others after, by the derived
 * order); otherwise in derived journey order: by the earliest stage seen with the touchpoint
 * (touchpoints without a stage last), then by the mean index of the touchpoint's first event in each
 * journey, then by code.
 *
 * @param touchpointOrder an explicit journey order of touchpoint codes, possibly empty
 * @param lowSampleThreshold answers below which a point is flagged as low-sample (30 by default)
 * @param confidenceLevel the interval level, 0.95 by default
 */
public record EmotionCurve(List<String> touchpointOrder, int lowSampleThreshold, double confidenceLevel) {

    /** Neutral emotion (一般); a mean below it is a bottleneck. */
    public static final double NEUTRAL = EmotionLevel.NEUTRAL.score();

    /** Validates; see the component descriptions. */
    public EmotionCurve {
        touchpointOrder = List.copyOf(touchpointOrder);
        if (lowSampleThreshold < 0 || !(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("need lowSampleThreshold >= 0 and level in (0, 1)");
        }
    }

    /** Returns the defaults: derived order, low sample below 30, 95 % intervals. */
    public static EmotionCurve defaults() {
        return new EmotionCurve(List.of(), 30, 0.95);
    }

    /** Returns a copy with an explicit touchpoint order. */
    public EmotionCurve withTouchpointOrder(List<String> order) {
        return new EmotionCurve(order, lowSampleThreshold, confidenceLevel);
    }

    /** Computes the curve in one pass over the journeys. */
    public EmotionCurveResult analyze(Iterable<SubjectJourney> journeys) {
        Map<JourneyStage, SummaryStatistics> byStage = new EnumMap<>(JourneyStage.class);
        Map<String, TouchpointAnswers> byTouchpoint = new HashMap<>();
        for (SubjectJourney journey : journeys) {
            addJourney(journey, byStage, byTouchpoint);
        }
        List<EmotionPoint> stages = new ArrayList<>();
        byStage.forEach((stage, stats) -> stages.add(point(stage.name(), stats)));
        List<EmotionPoint> touchpoints = new ArrayList<>();
        for (String code : ordered(byTouchpoint)) {
            touchpoints.add(point(code, byTouchpoint.get(code).stats));
        }
        return new EmotionCurveResult(flagSteepestDrop(stages), flagSteepestDrop(touchpoints));
    }

    private static void addJourney(
            SubjectJourney journey,
            Map<JourneyStage, SummaryStatistics> byStage,
            Map<String, TouchpointAnswers> byTouchpoint) {
        Set<String> seen = new HashSet<>();
        List<JourneyEvent> events = journey.events();
        for (int i = 0; i < events.size(); i++) {
            JourneyEvent event = events.get(i);
            if (event.emotion() == null) {
                continue;
            }
            TouchpointAnswers answers = byTouchpoint.computeIfAbsent(event.touchpoint(), c -> new TouchpointAnswers());
            answers.add(event, seen.add(event.touchpoint()) ? i : -1);
            if (event.stage() != null) {
                byStage.computeIfAbsent(event.stage(), s -> new SummaryStatistics())
                        .addValue(event.emotion());
            }
        }
    }

    private List<String> ordered(Map<String, TouchpointAnswers> byTouchpoint) {
        Comparator<String> derived = Comparator.<String>comparingInt(c -> byTouchpoint.get(c).earliestStage)
                .thenComparingDouble(c -> byTouchpoint.get(c).meanFirstIndex())
                .thenComparing(Comparator.naturalOrder());
        Comparator<String> explicit = Comparator.comparingInt(c -> {
            int i = touchpointOrder.indexOf(c);
            return i < 0 ? Integer.MAX_VALUE : i;
        });
        return byTouchpoint.keySet().stream()
                .sorted(explicit.thenComparing(derived))
                .toList();
    }

    private EmotionPoint point(String key, SummaryStatistics stats) {
        long n = stats.getN();
        double mean = stats.getMean();
        double sd = n > 1 ? stats.getStandardDeviation() : 0.0;
        return new EmotionPoint(
                key,
                n,
                mean,
                sd,
                meanInterval(mean, sd, n, confidenceLevel),
                n < lowSampleThreshold,
                mean < NEUTRAL,
                false);
    }

    /** {@code mean ± t(1−α/2, n−1) · sd / √n}; {@code null} when {@code n < 2}. */
    static ConfidenceInterval meanInterval(double mean, double sd, long n, double level) {
        if (n < 2) {
            return null;
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        double half = t * sd / Math.sqrt(n);
        return new ConfidenceInterval(mean - half, mean + half, level);
    }

    private static List<EmotionPoint> flagSteepestDrop(List<EmotionPoint> points) {
        int steepest = -1;
        double largest = 0;
        for (int i = 1; i < points.size(); i++) {
            double drop = points.get(i - 1).mean() - points.get(i).mean();
            if (drop > largest) {
                largest = drop;
                steepest = i;
            }
        }
        List<EmotionPoint> flagged = new ArrayList<>(points);
        if (steepest >= 0) {
            EmotionPoint p = points.get(steepest);
            flagged.set(
                    steepest,
                    new EmotionPoint(
                            p.key(),
                            p.n(),
                            p.mean(),
                            p.standardDeviation(),
                            p.interval(),
                            p.lowSample(),
                            p.belowNeutral(),
                            true));
        }
        return flagged;
    }

    /** Answers for one touchpoint plus what the derived journey order needs. */
    private static final class TouchpointAnswers {
        final SummaryStatistics stats = new SummaryStatistics();
        int earliestStage = Integer.MAX_VALUE;
        long firstIndexSum;
        long journeys;

        void add(JourneyEvent event, int firstIndexInJourney) {
            stats.addValue(event.emotion());
            if (event.stage() != null) {
                earliestStage = Math.min(earliestStage, event.stage().journeyOrder());
            }
            if (firstIndexInJourney >= 0) {
                firstIndexSum += firstIndexInJourney;
                journeys++;
            }
        }

        double meanFirstIndex() {
            return (double) firstIndexSum / journeys;
        }
    }
}
