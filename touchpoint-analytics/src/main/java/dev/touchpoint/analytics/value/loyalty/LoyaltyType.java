package dev.touchpoint.analytics.value.loyalty;

/**
 * The loyalty type (忠诚类型), decided by {@link LoyaltyIndex#type}.
 */
public enum LoyaltyType {
    /** 持续忠诚: high index and a steady or rising purchase rate. */
    CONTINUOUS,
    /** 间断忠诚: buys again, but irregularly or with a middling index. */
    INTERMITTENT,
    /** 转移忠诚: the purchase rate has fallen clearly — moving to someone else. */
    CHANGING,
    /** 分散忠诚: low index — spreads purchases over several suppliers. */
    DISPERSED
}
