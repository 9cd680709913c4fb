/**
 * Early warnings (事前预警, DOMAIN §6): rules that flag a customer at risk, each with the reason and
 * the evidence that triggered it. Sales expenses over budget are not a rule here: the data model has
 * no sales-expense budgets.
 */
package dev.touchpoint.analytics.value.warning;
