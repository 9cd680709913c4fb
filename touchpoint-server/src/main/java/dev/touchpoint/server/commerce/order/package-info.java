/**
 * Orders: placing them with lines, prices, discounts and the credit check, stages (ordered → in
 * progress → inspected → delivered), returns, the order screens (htmx lines and totals) and
 * API, order import, bulk loading of historical orders and the purchase stream analytics reads.
 * Templates in {@code templates/commerce/order} and {@code templates/partials/commerce/order}.
 */
package dev.touchpoint.server.commerce.order;
