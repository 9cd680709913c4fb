package dev.touchpoint.server.commerce;

import java.math.BigDecimal;

/**
 * A product as an offer: what it is and what one sale earns.
 *
 * @param sku its code
 * @param name its name
 * @param category its category code, or null
 * @param categoryNameEn the category's English name, or null
 * @param categoryNameZh the category's Chinese name, or null
 * @param kind {@code VEHICLE}, {@code ACCESSORY}, {@code SERVICE_PACKAGE}, {@code INSURANCE} or {@code OTHER}
 * @param listPrice list price
 * @param unitCost unit cost
 * @param active on sale
 */
public record ProductFact(
        String sku,
        String name,
        String category,
        String categoryNameEn,
        String categoryNameZh,
        String kind,
        BigDecimal listPrice,
        BigDecimal unitCost,
        boolean active) {

    /** List price − unit cost. */
    public double margin() {
        return listPrice.subtract(unitCost).doubleValue();
    }
}
