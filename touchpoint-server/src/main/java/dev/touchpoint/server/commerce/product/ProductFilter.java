package dev.touchpoint.server.commerce.product;

import dev.touchpoint.server.commerce.ProductKind;

/** Filters of the product list, its export and its API. */
public record ProductFilter(String q, Long categoryId, ProductKind kind, Boolean active) {}
