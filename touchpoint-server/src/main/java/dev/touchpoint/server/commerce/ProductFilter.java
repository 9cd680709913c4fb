package dev.touchpoint.server.commerce;

/** Filters of the product list, its export and its API. */
record ProductFilter(String q, Long categoryId, ProductKind kind, Boolean active) {}
