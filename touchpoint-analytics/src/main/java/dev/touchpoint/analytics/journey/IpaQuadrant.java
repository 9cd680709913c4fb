package dev.touchpoint.analytics.journey;

/**
 * The quadrants of importance–performance analysis (Martilla &amp; James 1977, "Importance-
 * Performance Analysis", Journal of Marketing 41(1)), split at the mean importance and mean
 * performance; a value equal to the mean counts as high.
 */
public enum IpaQuadrant {
    /** High importance, high performance: 继续保持. */
    KEEP_UP("继续保持", "keep up the good work"),
    /** High importance, low performance: 重点改进. */
    CONCENTRATE_HERE("重点改进", "concentrate here"),
    /** Low importance, low performance: 低优先级. */
    LOW_PRIORITY("低优先级", "low priority"),
    /** Low importance, high performance: 可能过度. */
    POSSIBLE_OVERKILL("可能过度", "possible overkill");

    private final String zh;
    private final String en;

    IpaQuadrant(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Returns the quadrant for high or low importance and performance. */
    public static IpaQuadrant of(boolean highImportance, boolean highPerformance) {
        if (highImportance) {
            return highPerformance ? KEEP_UP : CONCENTRATE_HERE;
        }
        return highPerformance ? POSSIBLE_OVERKILL : LOW_PRIORITY;
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
