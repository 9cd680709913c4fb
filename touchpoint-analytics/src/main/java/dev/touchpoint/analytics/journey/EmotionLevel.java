package dev.touchpoint.analytics.journey;

/**
 * The six-level emotion scale of the emotion curve (客户情感曲线, DOMAIN.md §3, seed 000): 愉悦
 * delighted 6, 舒服 comfortable 5, 满意 satisfied 4, 一般 neutral 3, 不舒服 uncomfortable 2, 糟糕
 * terrible 1.
 */
public enum EmotionLevel {
    /** 糟糕, score 1. */
    TERRIBLE(1, "糟糕", "terrible"),
    /** 不舒服, score 2. */
    UNCOMFORTABLE(2, "不舒服", "uncomfortable"),
    /** 一般, score 3 — the neutral point; a curve point below it is a bottleneck. */
    NEUTRAL(3, "一般", "neutral"),
    /** 满意, score 4. */
    SATISFIED(4, "满意", "satisfied"),
    /** 舒服, score 5. */
    COMFORTABLE(5, "舒服", "comfortable"),
    /** 愉悦, score 6. */
    DELIGHTED(6, "愉悦", "delighted");

    /** The lowest score on the scale. */
    public static final int MIN_SCORE = 1;

    /** The highest score on the scale. */
    public static final int MAX_SCORE = 6;

    private final int score;
    private final String zh;
    private final String en;

    EmotionLevel(int score, String zh, String en) {
        this.score = score;
        this.zh = zh;
        this.en = en;
    }

    /**
     * Returns the level with the given score.
     *
     * @throws IllegalArgumentException if {@code score} is outside 1..6
     */
    public static EmotionLevel of(int score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("emotion must be 1..6, was " + score);
        }
        return values()[score - 1];
    }

    /** Returns the score 1..6. */
    public int score() {
        return score;
    }

    /** Returns the Simplified Chinese label. */
    public String zh() {
        return zh;
    }

    /** Returns the English label. */
    public String en() {
        return en;
    }
}
