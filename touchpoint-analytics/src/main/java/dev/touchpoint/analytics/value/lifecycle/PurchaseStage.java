package dev.touchpoint.analytics.value.lifecycle;

/** The purchase stage of a customer (初次购买 / 重复购买 / 长期购买 / 流失期). */
public enum PurchaseStage {
    /** 初次购买: one purchase day so far. */
    FIRST_PURCHASE,
    /** 重复购买: bought on more than one day, not yet long-term. */
    REPEAT,
    /** 长期购买: long tenure and enough purchase days. */
    LONG_TERM,
    /** 流失期: probability alive below the churn threshold. */
    CHURNING
}
