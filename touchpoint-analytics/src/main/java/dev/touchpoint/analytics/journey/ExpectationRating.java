package dev.touchpoint.analytics.journey;

/**
 * One survey answer recording both expectation and perception of a touchpoint on the same scale
 * (期望/感知, DOMAIN.md §3).
 *
 * @param subjectId the respondent, not blank
 * @param touchpoint the touchpoint code, not blank
 * @param expectation the expected level
 * @param perception the perceived level, on the same scale
 */
public record ExpectationRating(String subjectId, String touchpoint, double expectation, double perception) {

    /** Validates the ids and that both scores are finite. */
    public ExpectationRating {
        if (subjectId == null || subjectId.isBlank() || touchpoint == null || touchpoint.isBlank()) {
            throw new IllegalArgumentException("subjectId and touchpoint must not be blank");
        }
        if (!Double.isFinite(expectation) || !Double.isFinite(perception)) {
            throw new IllegalArgumentException("scores must be finite");
        }
    }

    /** Returns perception − expectation. */
    public double gap() {
        return perception - expectation;
    }
}
