package dev.touchpoint.server.sales;

/** Why an opportunity was won or lost, for the win/loss analysis. */
public enum CloseReason {
    PRICE,
    PRODUCT_FIT,
    RELATIONSHIP,
    COMPETITOR,
    NO_BUDGET,
    NO_DECISION,
    TIMING,
    TECHNICAL_STANDARD,
    SERVICE,
    OTHER
}
