package dev.touchpoint.analytics.journey;

import java.util.List;

/**
 * The emotion curve (客户情感曲线, DOMAIN.md §3) per stage and per touchpoint, each in journey
 * order.
 *
 * @param stages one point per stage that has answers, in {@link JourneyStage} order
 * @param touchpoints one point per touchpoint that has answers, in journey order
 */
public record EmotionCurveResult(List<EmotionPoint> stages, List<EmotionPoint> touchpoints) {

    /** Copies the lists. */
    public EmotionCurveResult {
        stages = List.copyOf(stages);
        touchpoints = List.copyOf(touchpoints);
    }

    /** Returns the touchpoint and stage points flagged as bottlenecks. */
    public List<EmotionPoint> bottlenecks() {
        return java.util.stream.Stream.concat(stages.stream(), touchpoints.stream())
                .filter(EmotionPoint::bottleneck)
                .toList();
    }
}
