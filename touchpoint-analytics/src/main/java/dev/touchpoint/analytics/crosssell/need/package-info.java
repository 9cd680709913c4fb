/**
 * Causal (need) rules: a trigger in a customer's history creates the need for an offer after a
 * delay in days or in usage (kilometres for cars), whichever comes first — see {@link
 * dev.touchpoint.analytics.crosssell.need.NeedRule} for the rule language.
 */
package dev.touchpoint.analytics.crosssell.need;
