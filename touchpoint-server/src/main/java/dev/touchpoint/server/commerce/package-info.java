/**
 * Commerce: the product catalogue (categories, products with list price and unit cost), orders with
 * lines and gross margin, order stages (ordered → in progress → inspected → delivered, DOMAIN §4),
 * returns, receivables with payments, and a credit limit per customer.
 *
 * <p>Public API, this package: {@link dev.touchpoint.server.commerce.CommerceApi} (aggregates for
 * dashboards and analytics, bulk loading for demo data) and the records it carries. The features are
 * its sub-packages, internal to the module: {@code product}, {@code order}, {@code receivable},
 * {@code plan}, {@code transfer} (imports and exports), {@code figures}, {@code customer} (the 360
 * panels, timeline and merges) and {@code shared}. Migrations in {@code db/migration/commerce},
 * templates in {@code templates/commerce/<feature>}. Access follows the customer: a user sees an
 * order or receivable exactly when they may see its customer, enforced in SQL through
 * {@code CustomerApi.scopePredicate}. The module adds the "orders" and "receivables" panels and the
 * order/payment entries of the customer 360 page.
 */
package dev.touchpoint.server.commerce;
