/**
 * Sequential association (bought in order): frequent sequential patterns by PrefixSpan and the
 * sequential rules "after ⟨prefix⟩ comes B" with confidence and delay.
 */
package dev.touchpoint.analytics.crosssell.sequence;
