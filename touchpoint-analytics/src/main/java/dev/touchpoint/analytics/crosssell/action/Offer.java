package dev.touchpoint.analytics.crosssell.action;

import dev.touchpoint.analytics.crosssell.need.HistoryKind;

/**
 * Something that can be offered: a product (SKU), a category, a service or an action.
 *
 * @param kind what it is
 * @param code its code
 * @param label its name for people
 * @param margin the gross margin one sale of it brings (list price − unit cost, or the category's
 *     mean)
 * @param durable whether a customer who bought it once owns it (a car) rather than buys it again
 *     (a service)
 * @param category the product's category, or null; a customer owning any durable product of the
 *     category (a car) is not offered another one
 */
public record Offer(HistoryKind kind, String code, String label, double margin, boolean durable, String category) {

    /** An offer without category. */
    public Offer(HistoryKind kind, String code, String label, double margin, boolean durable) {
        this(kind, code, label, margin, durable, null);
    }

    /** The key of an offer in the offer map: kind and code. */
    public static String key(HistoryKind kind, String code) {
        return kind.name() + ":" + code;
    }

    /** This offer's key. */
    public String key() {
        return key(kind, code);
    }
}
