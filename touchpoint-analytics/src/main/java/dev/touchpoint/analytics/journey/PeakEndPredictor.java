package dev.touchpoint.analytics.journey;

/** The per-journey emotion summaries that {@link PeakEnd} correlates with an outcome. */
public enum PeakEndPredictor {
    /** The first answer (凤头). */
    FIRST,
    /** The highest answer (巅峰). */
    PEAK,
    /** The lowest answer (谷底). */
    VALLEY,
    /** The last answer (豹尾). */
    END,
    /** {@code (peak + end) ÷ 2}, the peak-end rule (Kahneman et al. 1993). */
    PEAK_END,
    /** The plain mean of all answers. */
    MEAN
}
