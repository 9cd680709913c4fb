package dev.touchpoint.analytics.journey;

/**
 * How one {@link PeakEndPredictor} correlates with the outcome over subjects having both.
 *
 * @param predictor the predictor
 * @param n subjects with a journey and an outcome
 * @param pearson Pearson's r (point-biserial for a 0/1 outcome); NaN without variance
 * @param pearsonInterval Fisher-z 95 % interval of r, or {@code null} when {@code n ≤ 3}
 * @param spearman Spearman's rho; NaN without variance
 */
public record PredictorCorrelation(
        PeakEndPredictor predictor, long n, double pearson, ConfidenceInterval pearsonInterval, double spearman) {}
