package dev.touchpoint.analytics.journey;

/**
 * One point of an {@link EmotionCurveResult}: the emotion answers (1..6) given at a stage or
 * touchpoint.
 *
 * <p>The interval is {@code mean ± t(1−α/2, n−1) · sd / √n} with the sample standard deviation
 * (Student's t); with one answer there is no interval. A point is a <em>bottleneck</em> when its mean
 * is below neutral (3, 一般) or when it ends the steepest drop between consecutive points of its
 * curve.
 *
 * @param key the stage name or touchpoint code
 * @param n the number of answers
 * @param mean the mean score
 * @param standardDeviation the sample standard deviation (0 for one answer)
 * @param interval the confidence interval of the mean, or {@code null} when {@code n = 1}
 * @param lowSample whether {@code n} is below the low-sample threshold (30 by default)
 * @param belowNeutral whether the mean is below 3
 * @param steepestDrop whether the largest fall from the previous point ends here
 */
public record EmotionPoint(
        String key,
        long n,
        double mean,
        double standardDeviation,
        ConfidenceInterval interval,
        boolean lowSample,
        boolean belowNeutral,
        boolean steepestDrop) {

    /** Returns whether the point is a bottleneck (below neutral or the steepest drop). */
    public boolean bottleneck() {
        return belowNeutral || steepestDrop;
    }
}
