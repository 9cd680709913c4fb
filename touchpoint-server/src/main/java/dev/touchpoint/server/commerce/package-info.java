/**
 * Commerce: the product catalogue (categories, products with list price and unit cost), orders with
 * lines and gross margin, order stages (ordered → in progress → inspected → delivered, DOMAIN §4),
 * returns, receivables with payments, and a credit limit per customer.
 *
 * <p>Public API: {@link dev.touchpoint.server.commerce.CommerceApi} (aggregates for dashboards and
 * analytics, bulk loading for demo data) and its records. Access follows the customer: a user sees an
 * order or receivable exactly when they may see its customer, enforced in SQL through
 * {@code CustomerApi.scopePredicate}. The module adds the "orders" and "receivables" panels and the
 * order/payment entries of the customer 360 page.
 */
package dev.touchpoint.server.commerce;
