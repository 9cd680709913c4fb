package dev.touchpoint.server.touchpoint.event;

import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.touchpoint.NewEvent;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.catalogue.CatalogueRepository.CodeInfo;
import dev.touchpoint.server.touchpoint.event.EventReader.RawEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns raw events into {@link NewEvent}s, collecting every broken rule of every event: required
 * {@code eventId}, {@code touchpoint} and {@code occurredAt}; a customer or a visitor; known touchpoint
 * code; ISO-8601 time with offset, at most a day ahead of the clock; emotion 1–6; non-negative
 * duration; numbers that parse; {@code attributes} a JSON object; no unknown fields.
 */
final class EventValidator {

    static final Set<String> FIELDS = Set.of(
            "eventId",
            "customerId",
            "visitorId",
            "touchpoint",
            "kind",
            "occurredAt",
            "channel",
            "site",
            "zone",
            "productId",
            "durationSeconds",
            "value",
            "emotion",
            "attributes");
    private static final int MAX_TEXT = 200;
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    /** A valid event and where it came from. */
    record Checked(int index, Integer line, NewEvent event, long touchpointId) {}

    private final Map<String, CodeInfo> codes;
    private final Instant now;
    private final ObjectMapper json;

    EventValidator(Map<String, CodeInfo> codes, Instant now, ObjectMapper json) {
        this.codes = codes;
        this.now = now;
        this.json = json;
    }

    /** Validates one event; problems are added to {@code problems}, the event returned when valid. */
    Checked check(RawEvent raw, List<EventProblem> problems) {
        var p = new Problems(raw, problems);
        var f = raw.fields();
        for (var name : f.keySet()) {
            if (!FIELDS.contains(name)) {
                p.add(
                        name,
                        "unknown",
                        "unknown field (accepted: eventId, customerId, visitorId, touchpoint, kind, "
                                + "occurredAt, channel, site, zone, productId, durationSeconds, value, emotion, attributes)");
            }
        }
        var eventId = text(f, "eventId", p, true);
        var customerId = number(f, "customerId", p);
        var visitorId = text(f, "visitorId", p, false);
        if (customerId == null && visitorId == null && !p.has("customerId") && !p.has("visitorId")) {
            p.add("customerId", "required", "customerId or visitorId is required");
        }
        var code = text(f, "touchpoint", p, true);
        var info = code == null ? null : codes.get(code);
        if (code != null && info == null) {
            p.add("touchpoint", "unknown", "no touchpoint with code " + code + " in the catalogue");
        }
        var kind = kind(f.get("kind"), p);
        var occurredAt = time(f.get("occurredAt"), p);
        var channel = channel(f.get("channel"), p);
        var productId = number(f, "productId", p);
        var duration = number(f, "durationSeconds", p);
        if (duration != null && (duration < 0 || duration > Integer.MAX_VALUE)) {
            p.add("durationSeconds", "min", "durationSeconds must be 0 or more");
        }
        var value = decimal(f.get("value"), p);
        var emotion = number(f, "emotion", p);
        if (emotion != null && (emotion < 1 || emotion > 6)) {
            p.add("emotion", "range", "emotion must be 1 (terrible) to 6 (delighted)");
        }
        var attributes = attributes(f.get("attributes"), raw.jsonAttributes(), p);
        var site = text(f, "site", p, false);
        var zone = text(f, "zone", p, false);
        if (p.count > 0) {
            return null;
        }
        var event = new NewEvent(
                eventId,
                customerId,
                visitorId,
                code,
                kind == null ? info.kind() : kind,
                occurredAt,
                channel,
                site,
                zone,
                productId,
                duration == null ? null : duration.intValue(),
                value,
                emotion == null ? null : emotion.intValue(),
                attributes);
        return new Checked(raw.index(), raw.line(), event, info.id());
    }

    private static String text(Map<String, String> f, String name, Problems p, boolean required) {
        var v = f.get(name);
        if (v == null || v.isBlank()) {
            if (required) {
                p.add(name, "required", name + " is required");
            }
            return null;
        }
        if (v.length() > MAX_TEXT) {
            p.add(name, "length", name + " must be at most " + MAX_TEXT + " characters");
            return null;
        }
        return v.strip();
    }

    private static Long number(Map<String, String> f, String name, Problems p) {
        var v = f.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            p.add(name, "format", name + " must be a whole number, was " + abbreviate(v));
            return null;
        }
    }

    private static BigDecimal decimal(String v, Problems p) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            var d = new BigDecimal(v.strip());
            if (d.abs().compareTo(new BigDecimal("1e12")) >= 0) {
                p.add("value", "range", "value is too large");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            p.add("value", "format", "value must be a number, was " + abbreviate(v));
            return null;
        }
    }

    private static TouchpointKind kind(String v, Problems p) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return TouchpointKind.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            p.add(
                    "kind",
                    "oneOf",
                    "kind must be one of ENTRY, DWELL, PASS, FRICTION, EXPERIENCE, PURCHASE, EXIT, "
                            + "MOVEMENT, END, OBJECTION");
            return null;
        }
    }

    private static TouchpointChannel channel(String v, Problems p) {
        try {
            return TouchpointChannel.parse(v);
        } catch (IllegalArgumentException e) {
            p.add(
                    "channel",
                    "oneOf",
                    "channel must be one of " + java.util.Arrays.toString(TouchpointChannel.values()));
            return null;
        }
    }

    private Instant time(String v, Problems p) {
        if (v == null || v.isBlank()) {
            p.add("occurredAt", "required", "occurredAt is required");
            return null;
        }
        try {
            var t = OffsetDateTime.parse(v.strip()).toInstant();
            if (t.isAfter(now.plus(FUTURE_TOLERANCE))) {
                p.add("occurredAt", "future", "occurredAt is more than a day in the future");
                return null;
            }
            return t;
        } catch (DateTimeParseException e) {
            p.add("occurredAt", "format", "occurredAt must be ISO-8601 with an offset, e.g. 2025-03-01T10:15:00+08:00");
            return null;
        }
    }

    private String attributes(String v, boolean wellFormed, Problems p) {
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > 10_000) {
            p.add("attributes", "length", "attributes must be at most 10,000 characters of JSON");
            return null;
        }
        if (wellFormed) {
            if (v.charAt(0) != '{') {
                p.add("attributes", "object", "attributes must be a JSON object");
                return null;
            }
            return v;
        }
        try {
            var node = json.readTree(v);
            if (node == null || !node.isObject()) {
                p.add("attributes", "object", "attributes must be a JSON object");
                return null;
            }
            return json.writeValueAsString(node);
        } catch (JacksonException e) {
            p.add("attributes", "json", "attributes must be a JSON object");
            return null;
        }
    }

    private static String abbreviate(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }

    private static final class Problems {
        final RawEvent raw;
        final List<EventProblem> sink;
        final List<String> fields = new ArrayList<>();
        int count;

        Problems(RawEvent raw, List<EventProblem> sink) {
            this.raw = raw;
            this.sink = sink;
        }

        void add(String field, String rule, String message) {
            sink.add(new EventProblem(raw.index(), raw.line(), field, rule, message));
            fields.add(field);
            count++;
        }

        boolean has(String field) {
            return fields.contains(field);
        }
    }
}
