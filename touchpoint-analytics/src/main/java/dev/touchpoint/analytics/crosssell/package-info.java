/**
 * Product association selling (关联销售, DOMAIN §6, seed 002) in its three kinds and what to do with
 * them: {@code association} — items bought together (FP-growth, association rules); {@code sequence}
 * — items bought in order (PrefixSpan, sequential rules); {@code need} — causal rules where one
 * purchase creates the need for another after a time or a usage (a car sale creates the first
 * service at 5,000 km); {@code action} — the next best actions of one customer ranked by expected
 * value, and the offline evaluation of those suggestions against what customers bought later.
 */
package dev.touchpoint.analytics.crosssell;
