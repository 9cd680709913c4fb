package dev.touchpoint.analytics.journey;

/**
 * How one touchpoint relates to conversion, see {@link KeyTouchpoints}.
 *
 * @param touchpoint the touchpoint code
 * @param oddsRatio the odds ratio of conversion, exposed vs not; its interval is {@code null} when
 *     the sample is insufficient
 * @param sufficient whether both sides (exposed, not exposed) have the minimum number of subjects
 * @param meanEmotion the mean emotion answered at the touchpoint, or NaN when none
 */
public record TouchpointEffect(String touchpoint, OddsRatio oddsRatio, boolean sufficient, double meanEmotion) {}
