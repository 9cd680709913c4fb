package dev.touchpoint.analytics.value.rfm;

/** How the monetary value M of a customer is measured from the purchase amounts. */
public enum MonetaryMeasure {
    /** M = Σ amounts of the customer's purchases up to the as-of date. */
    SUM,
    /** M = Σ amounts ÷ number of purchases (the average ticket). */
    MEAN
}
