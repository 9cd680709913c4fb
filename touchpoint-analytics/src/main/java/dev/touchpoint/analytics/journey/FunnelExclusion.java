package dev.touchpoint.analytics.journey;

import java.util.Objects;

/**
 * An exclusion step of a {@link Funnel}: an event that, when it happens between two steps of the
 * subject's counted attempt, stops that subject from converting past the first of them.
 *
 * <p>Precisely: let {@code e_k} be the event the attempt used for step {@code k} (in {@link
 * FunnelOrder#ANY} mode, the event that completed steps {@code 1..k}). If the attempt reached step
 * {@code fromStep} and an event matching {@link #event()} lies strictly after {@code e_fromStep} and
 * strictly before {@code e_toStep} in the subject's sorted sequence — or, when step {@code toStep}
 * was not reached, strictly after {@code e_fromStep} and no later than the end of the conversion
 * window — then the subject counts as having reached step {@code fromStep} and dropped after it.
 * Unlike PostHog, which removes excluded persons from the funnel altogether, we keep them as
 * drop-offs so that the step counts still add up; {@link FunnelResult#excludedSubjects()} says how
 * many were affected.
 *
 * @param event the excluded event
 * @param fromStep the 1-based step after which the exclusion applies, at least 1
 * @param toStep the 1-based step before which it applies, greater than {@code fromStep};
 *     {@link #LAST_STEP} means the funnel's last step
 */
public record FunnelExclusion(EventPattern event, int fromStep, int toStep) {

    /** Stands for the last step of whatever funnel the exclusion is added to. */
    public static final int LAST_STEP = Integer.MAX_VALUE;

    /** Validates the step range. */
    public FunnelExclusion {
        Objects.requireNonNull(event, "event");
        if (fromStep < 1 || toStep <= fromStep) {
            throw new IllegalArgumentException(
                    "exclusion needs 1 <= fromStep < toStep, was " + fromStep + ".." + toStep);
        }
    }

    /** Returns an exclusion between the first step and the conversion (last step). */
    public static FunnelExclusion between(EventPattern event) {
        return new FunnelExclusion(event, 1, LAST_STEP);
    }

    int resolvedTo(int steps) {
        return Math.min(toStep, steps);
    }
}
