package dev.touchpoint.server.commerce;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product for bulk loading (demo data, imports).
 *
 * @param categoryCode one of the category codes ({@code VEHICLE}, {@code ACCESSORY}, {@code MAINTENANCE},
 *     {@code INSURANCE}, {@code OTHER} or one created later), or null
 */
public record NewProduct(
        String sku,
        String name,
        String categoryCode,
        ProductKind kind,
        BigDecimal listPrice,
        BigDecimal unitCost,
        boolean active) {

    public NewProduct {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(unitCost, "unitCost");
    }
}
