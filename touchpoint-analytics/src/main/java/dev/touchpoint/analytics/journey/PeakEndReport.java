package dev.touchpoint.analytics.journey;

import java.util.List;
import java.util.Map;

/**
 * The result of {@link PeakEnd#analyze}.
 *
 * @param journeys one profile per subject with at least one answer, in input order
 * @param valleyFrequency how often each touchpoint is a journey's valley, most frequent first
 *     (ties by code)
 * @param correlations one per predictor, in {@link PeakEndPredictor} order; empty without outcomes
 * @param bestPredictor the predictor with the largest |Pearson r|, or {@code null} when none is
 *     defined
 * @param peakEndBeatsMean whether |r| of {@link PeakEndPredictor#PEAK_END} exceeds that of {@link
 *     PeakEndPredictor#MEAN}
 */
public record PeakEndReport(
        List<PeakEndJourney> journeys,
        Map<String, Long> valleyFrequency,
        List<PredictorCorrelation> correlations,
        PeakEndPredictor bestPredictor,
        boolean peakEndBeatsMean) {

    /** Copies the collections (the frequency map keeps its order). */
    public PeakEndReport {
        journeys = List.copyOf(journeys);
        valleyFrequency = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(valleyFrequency));
        correlations = List.copyOf(correlations);
    }
}
