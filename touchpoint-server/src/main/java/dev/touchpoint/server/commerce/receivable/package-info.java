/**
 * Receivables, payments and credit limits, computed as of a day (overdue, paid), the
 * receivables screen and API. Template in {@code templates/commerce/receivable}.
 */
package dev.touchpoint.server.commerce.receivable;
