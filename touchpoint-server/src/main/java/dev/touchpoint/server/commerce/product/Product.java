package dev.touchpoint.server.commerce.product;

import dev.touchpoint.server.commerce.ProductKind;
import dev.touchpoint.server.commerce.order.Money;
import java.math.BigDecimal;
import java.util.Locale;

/** A product as lists, forms and the API show it. */
public record Product(
        long id,
        String sku,
        String name,
        Long categoryId,
        String categoryCode,
        String categoryNameEn,
        String categoryNameZh,
        ProductKind kind,
        BigDecimal listPrice,
        BigDecimal unitCost,
        boolean active,
        int version) {

    String categoryName(Locale locale) {
        if (categoryId == null) {
            return null;
        }
        return "zh".equals(locale.getLanguage()) ? categoryNameZh : categoryNameEn;
    }

    /** Gross margin of one unit sold at list price, in percent of the price. */
    public BigDecimal listMarginPercent() {
        return Money.marginPercent(listPrice, unitCost);
    }
}
