package dev.touchpoint.analytics.value.warning;

/** The early-warning rules; each is explained in {@link EarlyWarnings}. */
public enum WarningRule {
    /** RFM churn standard crossed. */
    RFM_CHURN,
    /** Probability alive below the threshold. */
    P_ALIVE_LOW,
    /** Probability alive dropped sharply since the last run. */
    P_ALIVE_DROP,
    /** No purchase within the tier's number of days. */
    NO_PURCHASE,
    /** Purchases behind plan. */
    BEHIND_PLAN,
    /** Open receivables above the credit limit. */
    CREDIT_EXCEEDED,
    /** Receivables overdue. */
    RECEIVABLE_OVERDUE,
    /** A valley touchpoint (very low emotion) experienced recently. */
    VALLEY_TOUCHPOINT,
    /** Sales expenses of the year so far above the year's budget. */
    EXPENSES_OVER_BUDGET
}
