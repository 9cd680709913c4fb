package dev.touchpoint.analytics.journey;

/**
 * How a subject's events must line up to pass the steps of a {@link Funnel} (the order modes of
 * PostHog funnels: sequential, strict, any order).
 */
public enum FunnelOrder {
    /**
     * Steps in the given order; any other events may happen between them. Step {@code k} is the
     * earliest matching event after the event used for step {@code k−1}.
     */
    ORDERED,
    /**
     * Steps in the given order and consecutive in the subject's event sequence: the event right after
     * the one used for step {@code k−1} must match step {@code k}.
     */
    STRICT,
    /**
     * All steps within the window in any order; a subject reaches step {@code k} when steps
     * {@code 1..k} all occur within one window.
     */
    ANY
}
