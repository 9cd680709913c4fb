package dev.touchpoint.analytics.journey;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which events count: a touchpoint code or a touchpoint kind, optionally narrowed by equality
 * filters. Used for funnel steps, funnel exclusions and conversion events.
 *
 * <p>Filter keys {@code channel}, {@code site}, {@code zone} and {@code product} compare with the
 * event fields of those names; any other key compares with {@link JourneyEvent#properties()}. An
 * event matches when its target matches and every filter value equals the event's value (a missing
 * value never matches).
 *
 * @param target the touchpoint or kind to match
 * @param filters equality filters, copied (sorted by key, so equal patterns are equal records)
 */
public record EventPattern(Target target, Map<String, String> filters) {

    /** The closed set of things a pattern can target. */
    public sealed interface Target permits ByTouchpoint, ByKind {
        /** Returns whether the event's touchpoint or kind is the target. */
        boolean matches(JourneyEvent event);

        /** Returns the code or kind name. */
        String label();
    }

    /**
     * Targets one touchpoint code.
     *
     * @param code the touchpoint code, not blank
     */
    public record ByTouchpoint(String code) implements Target {
        /** Validates the code. */
        public ByTouchpoint {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("touchpoint code must not be blank");
            }
        }

        @Override
        public boolean matches(JourneyEvent event) {
            return event.touchpoint().equals(code);
        }

        @Override
        public String label() {
            return code;
        }
    }

    /**
     * Targets every touchpoint of one kind.
     *
     * @param kind the kind
     */
    public record ByKind(TouchpointKind kind) implements Target {
        /** Validates the kind. */
        public ByKind {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public boolean matches(JourneyEvent event) {
            return event.kind() == kind;
        }

        @Override
        public String label() {
            return kind.name();
        }
    }

    /** Validates the target and copies the filters. */
    public EventPattern {
        Objects.requireNonNull(target, "target");
        filters = Map.copyOf(filters == null ? Map.of() : filters);
    }

    /** Returns a pattern matching events at touchpoint {@code code}. */
    public static EventPattern touchpoint(String code) {
        return new EventPattern(new ByTouchpoint(code), Map.of());
    }

    /** Returns a pattern matching events of {@code kind}. */
    public static EventPattern kind(TouchpointKind kind) {
        return new EventPattern(new ByKind(kind), Map.of());
    }

    /** Returns a copy that also requires {@code key} to equal {@code value}. */
    public EventPattern where(String key, String value) {
        Map<String, String> copy = new TreeMap<>(filters);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new EventPattern(target, copy);
    }

    /** Returns whether {@code event} matches the target and all filters. */
    public boolean matches(JourneyEvent event) {
        if (!target.matches(event)) {
            return false;
        }
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            if (!filter.getValue().equals(valueOf(event, filter.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Returns a readable label, e.g. {@code TEST_DRIVE} or {@code PURCHASE[channel=web]}. */
    public String label() {
        return filters.isEmpty() ? target.label() : target.label() + new TreeMap<>(filters);
    }

    static String valueOf(JourneyEvent event, String key) {
        return switch (key) {
            case "channel" -> event.channel();
            case "site" -> event.site();
            case "zone" -> event.zone();
            case "product" -> event.productId();
            default -> event.properties().get(key);
        };
    }
}
