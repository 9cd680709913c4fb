package dev.touchpoint.analytics.value.loyalty;

/**
 * The six loyalty indicators, each scored in [0, 1] with 1 the most loyal (see {@link LoyaltyInput}
 * for how raw data becomes a score).
 */
public enum LoyaltyIndicator {
    /** 重复购买次数: repeat purchase days, saturating. */
    REPEAT_PURCHASE,
    /** 对价格的敏感度: 1 − discount share, scaled. */
    PRICE_SENSITIVITY,
    /** 对竞争品牌的态度: survey answer, 1 (prefers competitors) … 5 (indifferent to them). */
    COMPETITOR_ATTITUDE,
    /** 对产品质量事故的承受能力: share of complaints after which the customer bought again. */
    INCIDENT_TOLERANCE,
    /** 钱包份额: our share of the customer's spend in the category, from surveys. */
    SHARE_OF_WALLET,
    /** 推荐意愿: NPS answer 0–10, divided by 10. */
    RECOMMENDATION
}
