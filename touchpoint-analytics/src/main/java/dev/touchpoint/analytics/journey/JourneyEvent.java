package dev.touchpoint.analytics.journey;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One touchpoint event (触点事件, DOMAIN.md §2): a customer or anonymous visitor met a touchpoint at a
 * moment, in a given way.
 *
 * <p>Create one with {@link #of} and add the optional facts with the {@code with…} methods; each
 * returns a new event.
 *
 * @param subjectId the customer id or anonymous visitor id, not blank
 * @param touchpoint the touchpoint code from the catalogue, e.g. {@code TEST_DRIVE}, not blank
 * @param kind what happened at the touchpoint
 * @param stage the journey stage, or {@code null} when unknown
 * @param occurredAt when it happened
 * @param channel the channel (store, web, phone…), nullable
 * @param site the site (store, dealership), nullable
 * @param zone the zone within the site, nullable
 * @param productId the product concerned, nullable
 * @param durationSeconds how long it lasted (dwell time), nullable, never negative
 * @param emotion the emotion score 1..6 ({@link EmotionLevel}), nullable
 * @param properties free attributes; copied, no null keys or values
 */
public record JourneyEvent(
        String subjectId,
        String touchpoint,
        TouchpointKind kind,
        JourneyStage stage,
        Instant occurredAt,
        String channel,
        String site,
        String zone,
        String productId,
        Long durationSeconds,
        Integer emotion,
        Map<String, String> properties) {

    /** Validates the event; see the component descriptions. */
    public JourneyEvent {
        requireText(subjectId, "subjectId");
        requireText(touchpoint, "touchpoint");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (durationSeconds != null && durationSeconds < 0) {
            throw new IllegalArgumentException("durationSeconds must not be negative: " + durationSeconds);
        }
        if (emotion != null) {
            EmotionLevel.of(emotion);
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** Returns an event with only the required facts. */
    public static JourneyEvent of(String subjectId, String touchpoint, TouchpointKind kind, Instant occurredAt) {
        return new JourneyEvent(
                subjectId, touchpoint, kind, null, occurredAt, null, null, null, null, null, null, Map.of());
    }

    /** Returns a copy with the given stage. */
    public JourneyEvent withStage(JourneyStage newStage) {
        return new JourneyEvent(
                subjectId,
                touchpoint,
                kind,
                newStage,
                occurredAt,
                channel,
                site,
                zone,
                productId,
                durationSeconds,
                emotion,
                properties);
    }

    /** Returns a copy with the given channel. */
    public JourneyEvent withChannel(String newChannel) {
        return new JourneyEvent(
                subjectId,
                touchpoint,
                kind,
                stage,
                occurredAt,
                newChannel,
                site,
                zone,
                productId,
                durationSeconds,
                emotion,
                properties);
    }

    /** Returns a copy with the given site. */
    public JourneyEvent withSite(String newSite) {
        return new JourneyEvent(
                subjectId,
                touchpoint,
                kind,
                stage,
                occurredAt,
                channel,
                newSite,
                zone,
                productId,
                durationSeconds,
                emotion,
                properties);
    }

    /** Returns a copy with the given zone. */
    public JourneyEvent withZone(String newZone) {
        return new JourneyEvent(
                subjectId,
                touchpoint,
                kind,
                stage,
                occurredAt,
                channel,
                site,
                newZone,
                productId,
                durationSeconds,
                emotion,
                properties);
    }

    /** Returns a copy with the given product. */
    public JourneyEvent withProduct(String newProductId) {
        return new JourneyEvent(
                subjectId,
                touchpoint,
                kind,
                stage,
                occurredAt,
                channel,
                site,
                zone,
                newProductId,
                durationSeconds,
                emotion,
                properties);
    }

    /** Returns a copy with the given duration in seconds. */
    public JourneyEvent withDuration(long seconds) {
        return new JourneyEvent(
                subjectId,
                touchpoint,
                kind,
                stage,
                occurredAt,
                channel,
                site,
                zone,
                productId,
                seconds,
                emotion,
                properties);
    }

    /** Returns a copy with the given emotion score 1..6. */
    public JourneyEvent withEmotion(int score) {
        return new JourneyEvent(
                subjectId,
                touchpoint,
                kind,
                stage,
                occurredAt,
                channel,
                site,
                zone,
                productId,
                durationSeconds,
                score,
                properties);
    }

    /** Returns a copy with one more (or a replaced) free attribute. */
    public JourneyEvent withProperty(String key, String value) {
        Map<String, String> copy = new HashMap<>(properties);
        copy.put(key, value);
        return new JourneyEvent(
                subjectId,
                touchpoint,
                kind,
                stage,
                occurredAt,
                channel,
                site,
                zone,
                productId,
                durationSeconds,
                emotion,
                copy);
    }

    /** Returns the emotion as a level, if recorded. */
    public Optional<EmotionLevel> emotionLevel() {
        return emotion == null ? Optional.empty() : Optional.of(EmotionLevel.of(emotion));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
