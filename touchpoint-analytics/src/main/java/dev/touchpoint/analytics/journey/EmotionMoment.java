package dev.touchpoint.analytics.journey;

import java.time.Instant;

/**
 * One emotion answer picked out of a journey by {@link PeakEnd}.
 *
 * @param touchpoint the touchpoint code
 * @param emotion the score 1..6
 * @param occurredAt when it was given
 */
public record EmotionMoment(String touchpoint, int emotion, Instant occurredAt) {

    static EmotionMoment of(JourneyEvent event) {
        return new EmotionMoment(event.touchpoint(), event.emotion(), event.occurredAt());
    }
}
