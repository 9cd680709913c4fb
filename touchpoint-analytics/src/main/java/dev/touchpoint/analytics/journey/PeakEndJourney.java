package dev.touchpoint.analytics.journey;

/**
 * The peak-end profile of one subject's journey (凤头, 巅峰, 谷底, 豹尾 — DOMAIN.md §3).
 *
 * @param subjectId the subject
 * @param first the first answer (凤头, first touch)
 * @param peak the highest answer, the earliest on ties (巅峰时刻)
 * @param valley the lowest answer, the earliest on ties (谷底时刻)
 * @param end the last answer (豹尾)
 * @param answers the number of answers in the journey window
 * @param peakEndScore {@code (peak + end) ÷ 2}
 * @param mean the plain mean of all answers
 */
public record PeakEndJourney(
        String subjectId,
        EmotionMoment first,
        EmotionMoment peak,
        EmotionMoment valley,
        EmotionMoment end,
        int answers,
        double peakEndScore,
        double mean) {

    /** Returns the value of {@code predictor} for this journey. */
    public double value(PeakEndPredictor predictor) {
        return switch (predictor) {
            case FIRST -> first.emotion();
            case PEAK -> peak.emotion();
            case VALLEY -> valley.emotion();
            case END -> end.emotion();
            case PEAK_END -> peakEndScore;
            case MEAN -> mean;
        };
    }
}
