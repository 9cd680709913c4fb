package dev.touchpoint.analytics.journey;

/**
 * Friction at one zone (摩擦点), counted per visit ({@link VisitRule}).
 *
 * @param zone the zone
 * @param passedNotEntered visits with a PASS at the zone but no ENTRY or DWELL there
 * @param enteredWithoutPurchase visits with an ENTRY or DWELL at the zone and no PURCHASE at all
 */
public record ZoneFriction(String zone, long passedNotEntered, long enteredWithoutPurchase) {}
