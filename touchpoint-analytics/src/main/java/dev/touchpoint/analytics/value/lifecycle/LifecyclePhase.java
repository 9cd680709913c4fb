package dev.touchpoint.analytics.value.lifecycle;

/** The relationship phase of a customer (考察期 / 形成期 / 稳定期 / 退化期 / 流失). */
public enum LifecyclePhase {
    /** Acquisition: a first-time buyer. */
    ACQUISITION,
    /** Growth: a young relationship, or a purchase rate rising clearly. */
    GROWTH,
    /** Maturity: an established customer buying at a steady rate. */
    MATURITY,
    /** Decline: the purchase rate has fallen clearly, or the customer is probably leaving. */
    DECLINE,
    /** Exit: the customer is very probably gone. */
    EXIT
}
