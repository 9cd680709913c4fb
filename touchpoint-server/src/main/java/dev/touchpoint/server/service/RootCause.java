package dev.touchpoint.server.service;

/**
 * Root-cause taxonomy of complaints (seed 003 投诉; seed 001 churn causes 不方便 不及时 不友好 不专业
 * 不划算 不守信; seed 002 company causes: quality, over-promising, neglected service).
 */
public enum RootCause {
    PRODUCT_QUALITY,
    DELIVERY,
    STAFF_ATTITUDE,
    PROFESSIONALISM,
    PRICE,
    BROKEN_PROMISE,
    INCONVENIENCE,
    SLOW_RESPONSE,
    BILLING,
    CUSTOMER_USAGE,
    OTHER
}
