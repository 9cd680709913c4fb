/**
 * Simple association (bought together): frequent itemsets by FP-growth and association rules with
 * support, confidence, lift, leverage and conviction.
 */
package dev.touchpoint.analytics.crosssell.association;
