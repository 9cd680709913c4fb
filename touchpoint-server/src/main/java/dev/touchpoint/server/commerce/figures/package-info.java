/**
 * Aggregates over orders and receivables for dashboards and analytics (revenue and margin by
 * month, orders by stage, receivables, plans against actuals), always within the caller's
 * scope, and their chart API.
 */
package dev.touchpoint.server.commerce.figures;
