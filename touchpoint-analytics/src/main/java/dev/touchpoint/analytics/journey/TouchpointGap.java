package dev.touchpoint.analytics.journey;

/**
 * The expectation–perception gap of one touchpoint, see {@link ExpectationGaps}.
 *
 * @param touchpoint the touchpoint code
 * @param n the number of paired answers
 * @param meanExpectation the mean expectation
 * @param meanPerception the mean perception
 * @param gap {@code meanPerception − meanExpectation}
 * @param outcome the gap's classification
 * @param importance the supplied importance (1 when none was supplied)
 * @param priority {@code −gap × importance}: the larger, the more urgent to fix
 */
public record TouchpointGap(
        String touchpoint,
        long n,
        double meanExpectation,
        double meanPerception,
        double gap,
        ExpectationOutcome outcome,
        double importance,
        double priority) {}
