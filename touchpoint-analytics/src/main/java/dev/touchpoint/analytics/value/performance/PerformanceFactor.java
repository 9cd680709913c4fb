package dev.touchpoint.analytics.value.performance;

/**
 * The six factors of the performance formula, whose product is gross profit:
 *
 * <pre>
 * gross profit = non-referred visitors × (visitors ÷ non-referred visitors) × (buyers ÷ visitors)
 *                × (orders ÷ buyers) × (revenue ÷ orders) × (gross profit ÷ revenue)
 * </pre>
 *
 * i.e. 业绩 = 客流量 × 转介率 × 成交率 × 复购率 × 客单价 × 毛利率.
 */
public enum PerformanceFactor {
    /** 客流量: visitors who came on their own (not referred). */
    TRAFFIC("客流量", "Non-referred visitors"),
    /** 转介率: all visitors ÷ non-referred visitors (the referral multiplier, ≥ 1). */
    REFERRAL("转介率", "Referral multiplier"),
    /** 成交率: buyers ÷ visitors. */
    CONVERSION("成交率", "Conversion rate"),
    /** 复购率: orders ÷ buyers. */
    REPEAT("复购率", "Orders per buyer"),
    /** 客单价: revenue ÷ orders. */
    ORDER_VALUE("客单价", "Average order value"),
    /** 毛利率: gross profit ÷ revenue. */
    MARGIN("毛利率", "Gross margin");

    private final String zh;
    private final String en;

    PerformanceFactor(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * Returns the Chinese name.
     *
     * @return e.g. 成交率
     */
    public String zh() {
        return zh;
    }

    /**
     * Returns the English name.
     *
     * @return e.g. Conversion rate
     */
    public String en() {
        return en;
    }
}
