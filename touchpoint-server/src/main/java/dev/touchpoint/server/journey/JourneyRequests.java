package dev.touchpoint.server.journey;

import java.util.List;
import java.util.Map;

/** The request bodies of the journey analytics API. Periods are ISO dates or instants; see the docs. */
final class JourneyRequests {

    private JourneyRequests() {}

    /**
     * A funnel step or exclusion event: exactly one of a touchpoint code or a kind, plus optional equality
     * filters ({@code channel}, {@code site}, {@code zone}, {@code product} or any attribute).
     */
    record Step(String touchpoint, String kind, Map<String, String> where) {}

    /** An exclusion: the event, and the steps between which it cuts the funnel (default 1 → last). */
    record Exclusion(String touchpoint, String kind, Map<String, String> where, Integer fromStep, Integer toStep) {}

    /**
     * {@code POST /api/v1/analytics/funnel}.
     *
     * @param order ORDERED (default), STRICT or ANY
     * @param window ISO-8601 duration, e.g. {@code P14D} (default)
     * @param breakdown none, {@code channel}, {@code site} or {@code tier}
     */
    record FunnelRequest(
            List<Step> steps,
            String order,
            String window,
            String from,
            String to,
            List<Exclusion> exclusions,
            String breakdown) {}

    /**
     * Who is behind a number: {@code FUNNEL_DROPPED} (funnel + step), {@code VALLEY} (touchpoint: its
     * journeys' worst moment), {@code TOUCHPOINT} (met the touchpoint and/or zone, optionally with an
     * emotion at most {@code maxEmotion}).
     */
    record Cohort(
            String type,
            FunnelRequest funnel,
            Integer step,
            String touchpoint,
            String zone,
            Integer maxEmotion,
            String from,
            String to,
            String conversion,
            Boolean converted) {}
}
