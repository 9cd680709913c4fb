package dev.touchpoint.analytics.journey;

/**
 * The voice-of-the-customer survey measures and their answer scales (DOMAIN.md §3).
 *
 * <ul>
 *   <li>NPS (推荐意愿, Reichheld 2003): "how likely are you to recommend us", 0–10.
 *   <li>CSAT (满意度): "how satisfied were you", 1–5.
 *   <li>CES (费力度, Dixon, Freeman &amp; Toman 2010): "how easy was it", 1–7.
 * </ul>
 */
public enum SurveyMetric {
    /** Net Promoter Score question, 0–10. */
    NPS(0, 10, "净推荐值"),
    /** Customer satisfaction, 1–5. */
    CSAT(1, 5, "客户满意度"),
    /** Customer effort score, 1–7. */
    CES(1, 7, "客户费力度");

    private final int min;
    private final int max;
    private final String zh;

    SurveyMetric(int min, int max, String zh) {
        this.min = min;
        this.max = max;
        this.zh = zh;
    }

    /** Returns the lowest valid answer. */
    public int min() {
        return min;
    }

    /** Returns the highest valid answer. */
    public int max() {
        return max;
    }

    /** Returns the Simplified Chinese name. */
    public String zh() {
        return zh;
    }
}
