package dev.touchpoint.analytics.journey;

import java.util.List;

/**
 * The result of {@link KeyTouchpoints#analyze}.
 *
 * @param subjects subjects analysed
 * @param converted subjects who converted
 * @param effects one entry per touchpoint, by odds ratio descending, then code
 * @param quadrant importance (ln OR) vs performance (mean emotion) for touchpoints with both
 */
public record KeyTouchpointReport(
        long subjects, long converted, List<TouchpointEffect> effects, List<IpaPoint> quadrant) {

    /** Copies the lists. */
    public KeyTouchpointReport {
        effects = List.copyOf(effects);
        quadrant = List.copyOf(quadrant);
    }
}
