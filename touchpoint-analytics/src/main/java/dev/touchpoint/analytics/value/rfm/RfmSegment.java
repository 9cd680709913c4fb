package dev.touchpoint.analytics.value.rfm;

/**
 * The eight RFM customer segments (客户价值八分类), by whether R, F and M are high or low.
 *
 * <p>"High R" means a recent last purchase (recency below the threshold). The segments and their
 * usual actions: value — keep as they are; development — raise frequency; retention — bring back
 * into contact; win-back — reactivate before they are lost.
 *
 * <table>
 *   <caption>R, F, M high (↑) or low (↓)</caption>
 *   <tr><th>segment</th><th>R</th><th>F</th><th>M</th></tr>
 *   <tr><td>重要价值客户</td><td>↑</td><td>↑</td><td>↑</td></tr>
 *   <tr><td>重要发展客户</td><td>↑</td><td>↓</td><td>↑</td></tr>
 *   <tr><td>重要保持客户</td><td>↓</td><td>↑</td><td>↑</td></tr>
 *   <tr><td>重要挽留客户</td><td>↓</td><td>↓</td><td>↑</td></tr>
 *   <tr><td>一般价值客户</td><td>↑</td><td>↑</td><td>↓</td></tr>
 *   <tr><td>一般发展客户</td><td>↑</td><td>↓</td><td>↓</td></tr>
 *   <tr><td>一般保持客户</td><td>↓</td><td>↑</td><td>↓</td></tr>
 *   <tr><td>一般挽留客户</td><td>↓</td><td>↓</td><td>↓</td></tr>
 * </table>
 */
public enum RfmSegment {
    /** 重要价值客户: recent, frequent, high spend. */
    IMPORTANT_VALUE("重要价值客户", "Important value", true, true, true),
    /** 重要发展客户: recent, infrequent, high spend. */
    IMPORTANT_DEVELOPMENT("重要发展客户", "Important development", true, false, true),
    /** 重要保持客户: not recent, frequent, high spend. */
    IMPORTANT_RETENTION("重要保持客户", "Important retention", false, true, true),
    /** 重要挽留客户: not recent, infrequent, high spend. */
    IMPORTANT_WIN_BACK("重要挽留客户", "Important win-back", false, false, true),
    /** 一般价值客户: recent, frequent, low spend. */
    GENERAL_VALUE("一般价值客户", "General value", true, true, false),
    /** 一般发展客户: recent, infrequent, low spend. */
    GENERAL_DEVELOPMENT("一般发展客户", "General development", true, false, false),
    /** 一般保持客户: not recent, frequent, low spend. */
    GENERAL_RETENTION("一般保持客户", "General retention", false, true, false),
    /** 一般挽留客户: not recent, infrequent, low spend. */
    GENERAL_WIN_BACK("一般挽留客户", "General win-back", false, false, false);

    private final String zh;
    private final String en;
    private final boolean recent;
    private final boolean frequent;
    private final boolean valuable;

    RfmSegment(String zh, String en, boolean recent, boolean frequent, boolean valuable) {
        this.zh = zh;
        this.en = en;
        this.recent = recent;
        this.frequent = frequent;
        this.valuable = valuable;
    }

    /**
     * Returns the segment of a combination of high and low R, F, M.
     *
     * @param recent R high (recency below the threshold)
     * @param frequent F high
     * @param valuable M high
     * @return the segment
     */
    public static RfmSegment of(boolean recent, boolean frequent, boolean valuable) {
        for (RfmSegment s : values()) {
            if (s.recent == recent && s.frequent == frequent && s.valuable == valuable) {
                return s;
            }
        }
        throw new AssertionError("all eight combinations are covered");
    }

    /**
     * Returns the Chinese name.
     *
     * @return e.g. 重要价值客户
     */
    public String zh() {
        return zh;
    }

    /**
     * Returns the English name.
     *
     * @return e.g. Important value
     */
    public String en() {
        return en;
    }
}
