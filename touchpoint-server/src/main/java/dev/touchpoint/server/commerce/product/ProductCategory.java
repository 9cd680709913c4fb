package dev.touchpoint.server.commerce.product;

import java.util.Locale;

/** A product category with its names in both languages; {@code parentId} allows a shallow tree. */
record ProductCategory(long id, String code, String nameEn, String nameZh, Long parentId, int sortOrder) {

    String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
