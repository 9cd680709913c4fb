package dev.touchpoint.server.service;

/** What a complaining customer received to make up for the problem. */
public enum CompensationKind {
    NONE,
    APOLOGY,
    REPAIR,
    REPLACEMENT,
    REFUND,
    VOUCHER,
    GIFT,
    SERVICE_CREDIT
}
