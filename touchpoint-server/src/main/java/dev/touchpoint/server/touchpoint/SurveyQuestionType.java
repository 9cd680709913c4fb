package dev.touchpoint.server.touchpoint;

/** Question types of a survey, with the range of their answers. */
public enum SurveyQuestionType {
    /** Six-level emotion scale, 1 糟糕 … 6 愉悦 (DOMAIN §3). */
    EMOTION(1, 6),
    /** Expectation and perception on the same 1–6 scale; gap = perception − expectation. */
    EXPECTATION_PERCEPTION(1, 6),
    /** Likelihood to recommend 0–10: promoters 9–10, detractors 0–6. */
    NPS(0, 10),
    /** Satisfaction 1–5. */
    CSAT(1, 5),
    /** Customer effort 1 (very easy) – 7 (very hard). */
    CES(1, 7),
    /** One of the question's options. */
    CHOICE(0, 0),
    /** Free text. */
    TEXT(0, 0);

    private final int min;
    private final int max;

    SurveyQuestionType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** Whether answers are numbers that become event scores. */
    public boolean scored() {
        return this != CHOICE && this != TEXT;
    }
}
