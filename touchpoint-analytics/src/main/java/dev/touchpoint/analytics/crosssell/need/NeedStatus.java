package dev.touchpoint.analytics.crosssell.need;

/** Where a customer stands with a need rule on the as-of date. */
public enum NeedStatus {
    /** Triggered; the due date is still ahead. */
    UPCOMING,
    /** Due, within its validity window. */
    DUE,
    /** The validity window has passed without the need being met. */
    EXPIRED,
    /** Bought (or done) after the trigger. */
    MET
}
