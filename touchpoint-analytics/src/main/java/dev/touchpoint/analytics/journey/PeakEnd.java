package dev.touchpoint.analytics.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Peak-end analysis of journeys (服务亮点优化, DOMAIN.md §3, seed 000; the peak-end rule of
 * Kahneman, Fredrickson, Schreiber &amp; Redelmeier 1993).
 *
 * <p>A subject's <em>journey window</em> runs from its first event (first contact) to its first
 * {@link #purchase()} event plus {@link #afterSale()} (inclusive); without a purchase it covers all
 * events. Within it, only events with an emotion count: first, peak (max; earliest on ties), valley
 * (min; earliest on ties), end (last), {@code peak-end = (peak + end) ÷ 2} and the plain mean. Each
 * predictor is correlated with a per-subject outcome (overall rating, NPS answer, or repurchase 0/1 —
 * Pearson on a 0/1 outcome is the point-biserial correlation) by Pearson's r with a Fisher-z 95 %
 * interval and by Spearman's rho, over subjects having both an answer and an outcome.
 *
 * @param purchase the event closing the transaction
 * @param afterSale how long after the first purchase the journey still runs
 */
public record PeakEnd(EventPattern purchase, Duration afterSale) {

    /** Validates. */
    public PeakEnd {
        Objects.requireNonNull(purchase, "purchase");
        if (afterSale == null || afterSale.isNegative()) {
            throw new IllegalArgumentException("afterSale must be a non-negative duration");
        }
    }

    /** Returns purchase = any {@link TouchpointKind#PURCHASE}, with {@code afterSale} after it. */
    public static PeakEnd afterPurchase(Duration afterSale) {
        return new PeakEnd(EventPattern.kind(TouchpointKind.PURCHASE), afterSale);
    }

    /**
     * Profiles each journey and correlates the predictors with {@code outcomeBySubject} (may be empty)
     * in one pass over the journeys.
     */
    public PeakEndReport analyze(Iterable<SubjectJourney> journeys, Map<String, Double> outcomeBySubject) {
        List<PeakEndJourney> profiles = new ArrayList<>();
        Map<String, Long> valleys = new HashMap<>();
        for (SubjectJourney journey : journeys) {
            PeakEndJourney profile = profile(journey);
            if (profile != null) {
                profiles.add(profile);
                valleys.merge(profile.valley().touchpoint(), 1L, Long::sum);
            }
        }
        List<PredictorCorrelation> correlations = correlate(profiles, outcomeBySubject);
        return new PeakEndReport(
                profiles,
                byFrequency(valleys),
                correlations,
                best(correlations),
                absR(correlations, PeakEndPredictor.PEAK_END) > absR(correlations, PeakEndPredictor.MEAN));
    }

    PeakEndJourney profile(SubjectJourney journey) {
        List<JourneyEvent> events = journey.events();
        Instant end = windowEnd(events);
        JourneyEvent first = null, peak = null, valley = null, last = null;
        double sum = 0;
        int n = 0;
        for (JourneyEvent e : events) {
            if (end != null && e.occurredAt().isAfter(end)) {
                break;
            }
            if (e.emotion() == null) {
                continue;
            }
            first = first == null ? e : first;
            peak = peak == null || e.emotion() > peak.emotion() ? e : peak;
            valley = valley == null || e.emotion() < valley.emotion() ? e : valley;
            last = e;
            sum += e.emotion();
            n++;
        }
        return n == 0
                ? null
                : new PeakEndJourney(
                        journey.subjectId(),
                        EmotionMoment.of(first),
                        EmotionMoment.of(peak),
                        EmotionMoment.of(valley),
                        EmotionMoment.of(last),
                        n,
                        (peak.emotion() + last.emotion()) / 2.0,
                        sum / n);
    }

    private Instant windowEnd(List<JourneyEvent> events) {
        for (JourneyEvent e : events) {
            if (purchase.matches(e)) {
                return e.occurredAt().plus(afterSale);
            }
        }
        return null;
    }

    private static List<PredictorCorrelation> correlate(List<PeakEndJourney> profiles, Map<String, Double> outcomes) {
        List<PeakEndJourney> paired = profiles.stream()
                .filter(p -> outcomes.containsKey(p.subjectId()))
                .toList();
        if (paired.isEmpty()) {
            return List.of();
        }
        double[] y =
                paired.stream().mapToDouble(p -> outcomes.get(p.subjectId())).toArray();
        List<PredictorCorrelation> result = new ArrayList<>();
        for (PeakEndPredictor predictor : PeakEndPredictor.values()) {
            double[] x = paired.stream().mapToDouble(p -> p.value(predictor)).toArray();
            double r = Correlations.pearson(x, y);
            result.add(new PredictorCorrelation(
                    predictor, x.length, r, Correlations.fisherInterval(r, x.length), Correlations.spearman(x, y)));
        }
        return result;
    }

    private static PeakEndPredictor best(List<PredictorCorrelation> correlations) {
        return correlations.stream()
                .filter(c -> !Double.isNaN(c.pearson()))
                .max(Comparator.comparingDouble((PredictorCorrelation c) -> Math.abs(c.pearson()))
                        .thenComparing(c -> -c.predictor().ordinal()))
                .map(PredictorCorrelation::predictor)
                .orElse(null);
    }

    private static double absR(List<PredictorCorrelation> correlations, PeakEndPredictor predictor) {
        return correlations.stream()
                .filter(c -> c.predictor() == predictor)
                .mapToDouble(c -> Math.abs(c.pearson()))
                .filter(r -> !Double.isNaN(r))
                .findFirst()
                .orElse(-1);
    }

    private static Map<String, Long> byFrequency(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
