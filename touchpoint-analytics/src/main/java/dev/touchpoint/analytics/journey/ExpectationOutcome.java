package dev.touchpoint.analytics.journey;

/**
 * How perception compared with expectation at a touchpoint (期望/感知, DOMAIN.md §3): gap = perception
 * − expectation, classified against a threshold {@code θ} (0.5 by default).
 */
public enum ExpectationOutcome {
    /** 超出预期: gap &gt; +θ. */
    EXCEEDED("超出预期", "exceeded"),
    /** 平淡无奇: |gap| ≤ θ — met, but nothing to remember. */
    FORGETTABLE("平淡无奇", "forgettable"),
    /** 低于预期: gap &lt; −θ. */
    BELOW("低于预期", "below");

    private final String zh;
    private final String en;

    ExpectationOutcome(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Classifies {@code gap} against threshold {@code threshold}. */
    public static ExpectationOutcome of(double gap, double threshold) {
        if (gap > threshold) {
            return EXCEEDED;
        }
        return gap < -threshold ? BELOW : FORGETTABLE;
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
