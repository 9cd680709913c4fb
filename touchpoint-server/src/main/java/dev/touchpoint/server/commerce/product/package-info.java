/**
 * The product catalogue: categories with names in both languages, products with list price and
 * unit cost, the product screens and API, and product import. SQL in {@code CatalogRepository};
 * templates in {@code templates/commerce/product}.
 */
package dev.touchpoint.server.commerce.product;
