package dev.touchpoint.analytics.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A conversion funnel (漏斗, DOMAIN.md §2): ordered steps, a conversion window, exclusions and an
 * optional breakdown, following PostHog's documented funnel semantics.
 *
 * <p><b>Semantics.</b> Each subject is counted at most once. Every event matching step 1 opens an
 * <em>attempt</em>; an attempt reaches step {@code k} when events matching steps {@code 2..k} follow
 * according to the {@link FunnelOrder} and each of them happened no later than {@code t₁ + window},
 * where {@code t₁} is the time of the attempt's first event — the window end is <em>inclusive</em>:
 * an event exactly at {@code t₁ + window} counts. One event is used for one step of an attempt, so a
 * step repeated later in the funnel (e.g. {@code SHOWROOM} as steps 1 and 3) needs a second event.
 * The subject's <em>counted attempt</em> is the one that reaches the furthest step, the earliest on
 * ties; its first event decides the breakdown group and the origin of the times to convert. Subjects
 * without any step-1 event are not in the funnel at all. Exclusions ({@link FunnelExclusion}) may
 * then cut the counted attempt short. Events are taken in {@link SubjectJourney} order (by time, ties
 * in input order), so input need not be sorted.
 *
 * <p><b>Cost.</b> One pass per subject, O(events × steps); only per-step counters, times and
 * drop-off ids are kept across subjects.
 *
 * @param steps the steps, at least one
 * @param order how the steps must line up
 * @param window the conversion window from the attempt's first event, not negative
 * @param exclusions the exclusion steps, possibly none
 * @param breakdown what to break the results down by
 */
public record Funnel(
        List<EventPattern> steps,
        FunnelOrder order,
        Duration window,
        List<FunnelExclusion> exclusions,
        FunnelBreakdown breakdown) {

    /** Validates; see the component descriptions. */
    public Funnel {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a funnel needs at least one step");
        }
        Objects.requireNonNull(order, "order");
        if (window == null || window.isNegative()) {
            throw new IllegalArgumentException("window must be a non-negative duration");
        }
        exclusions = List.copyOf(exclusions);
        Objects.requireNonNull(breakdown, "breakdown");
    }

    /** Returns a funnel over {@code steps} without exclusions or breakdown. */
    public static Funnel of(FunnelOrder order, Duration window, EventPattern... steps) {
        return new Funnel(List.of(steps), order, window, List.of(), FunnelBreakdown.none());
    }

    /** Returns a copy with one more exclusion step. */
    public Funnel withExclusion(FunnelExclusion exclusion) {
        List<FunnelExclusion> more = new ArrayList<>(exclusions);
        more.add(exclusion);
        return new Funnel(steps, order, window, more, breakdown);
    }

    /** Returns a copy broken down by {@code newBreakdown}. */
    public Funnel withBreakdown(FunnelBreakdown newBreakdown) {
        return new Funnel(steps, order, window, exclusions, newBreakdown);
    }

    /** Runs the funnel over the journeys in one pass (a single-use iterable is fine). */
    public FunnelResult analyze(Iterable<SubjectJourney> journeys) {
        FunnelRun run = new FunnelRun(this);
        journeys.forEach(run::add);
        return run.result();
    }
}
