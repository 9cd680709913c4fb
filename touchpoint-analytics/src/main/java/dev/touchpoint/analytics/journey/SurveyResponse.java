package dev.touchpoint.analytics.journey;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One survey answer for {@link VoiceOfCustomer}.
 *
 * @param subjectId the respondent, not blank
 * @param metric which question was answered
 * @param score the answer, within the metric's scale
 * @param answeredAt when it was answered
 * @param attributes grouping attributes (site, channel, tier…), copied
 */
public record SurveyResponse(
        String subjectId, SurveyMetric metric, int score, Instant answeredAt, Map<String, String> attributes) {

    /** Validates the answer against the metric's scale. */
    public SurveyResponse {
        if (subjectId == null || subjectId.isBlank()) {
            throw new IllegalArgumentException("subjectId must not be blank");
        }
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (score < metric.min() || score > metric.max()) {
            throw new IllegalArgumentException(
                    metric + " answer must be " + metric.min() + ".." + metric.max() + ", was " + score);
        }
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    /** Returns an answer without attributes. */
    public static SurveyResponse of(String subjectId, SurveyMetric metric, int score, Instant answeredAt) {
        return new SurveyResponse(subjectId, metric, score, answeredAt, Map.of());
    }
}
