package dev.touchpoint.server.sales;

/**
 * The salesperson's eight weapons (seed 003, 八种武器): seminar or expo, technical exchange, samples,
 * visit, gift, business event, site tour, phone.
 */
public enum ActivityKind {
    SEMINAR,
    TECH_EXCHANGE,
    SAMPLES,
    VISIT,
    GIFT,
    BUSINESS_EVENT,
    SITE_TOUR,
    PHONE
}
