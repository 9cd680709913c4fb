/**
 * What commerce adds to the customer 360 page: the orders, receivables and plans panels,
 * timeline entries, and moving a merged customer's orders and receivables. Templates in {@code
 * templates/partials/commerce/customer}.
 */
package dev.touchpoint.server.commerce.customer;
