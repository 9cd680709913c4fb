package dev.touchpoint.server.commerce;

/** What a product is, in the car-dealership vocabulary of the demo business. */
public enum ProductKind {
    VEHICLE,
    ACCESSORY,
    SERVICE_PACKAGE,
    INSURANCE,
    OTHER
}
