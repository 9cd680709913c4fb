package dev.touchpoint.analytics.journey;

import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Funnel} is broken down by. The value of an event property is taken from the event
 * that started the counted attempt (first-touch attribution, PostHog's default); a subject
 * attribute (tier, segment…) is looked up by subject id. A missing value is reported as {@link
 * #NO_VALUE}.
 */
public sealed interface FunnelBreakdown
        permits FunnelBreakdown.None,
                FunnelBreakdown.ByChannel,
                FunnelBreakdown.BySite,
                FunnelBreakdown.BySubjectAttribute {

    /** The group name for subjects without a value. */
    String NO_VALUE = "(none)";

    /** Returns the group of a subject whose counted attempt started with {@code startEvent}. */
    String groupOf(String subjectId, JourneyEvent startEvent);

    /** Returns no breakdown. */
    static FunnelBreakdown none() {
        return new None();
    }

    /** Returns a breakdown by the channel of the attempt's first event. */
    static FunnelBreakdown byChannel() {
        return new ByChannel();
    }

    /** Returns a breakdown by the site of the attempt's first event. */
    static FunnelBreakdown bySite() {
        return new BySite();
    }

    /** Returns a breakdown by a subject attribute, e.g. tier or segment, given per subject id. */
    static FunnelBreakdown bySubjectAttribute(String name, Map<String, String> valueBySubject) {
        return new BySubjectAttribute(name, valueBySubject);
    }

    /** No breakdown: {@link FunnelResult#breakdown()} is empty. */
    record None() implements FunnelBreakdown {
        @Override
        public String groupOf(String subjectId, JourneyEvent startEvent) {
            return null;
        }
    }

    /** By {@link JourneyEvent#channel()} of the attempt's first event. */
    record ByChannel() implements FunnelBreakdown {
        @Override
        public String groupOf(String subjectId, JourneyEvent startEvent) {
            return startEvent.channel() == null ? NO_VALUE : startEvent.channel();
        }
    }

    /** By {@link JourneyEvent#site()} of the attempt's first event. */
    record BySite() implements FunnelBreakdown {
        @Override
        public String groupOf(String subjectId, JourneyEvent startEvent) {
            return startEvent.site() == null ? NO_VALUE : startEvent.site();
        }
    }

    /**
     * By a subject attribute supplied per subject id.
     *
     * @param name the attribute name, e.g. {@code tier}
     * @param valueBySubject the attribute value per subject id, copied
     */
    record BySubjectAttribute(String name, Map<String, String> valueBySubject) implements FunnelBreakdown {
        /** Validates and copies. */
        public BySubjectAttribute {
            Objects.requireNonNull(name, "name");
            valueBySubject = Map.copyOf(valueBySubject);
        }

        @Override
        public String groupOf(String subjectId, JourneyEvent startEvent) {
            return valueBySubject.getOrDefault(subjectId, NO_VALUE);
        }
    }
}
