/**
 * Cross-sell and next best action (关联销售, DOMAIN §6, seeds 000–002): mining runs over orders
 * (association rules by FP-growth, sequential rules by PrefixSpan, per product and per category),
 * need rules configured by users (a car sale creates the first service at 5,000 km or 3 months), and
 * the next best actions of each customer ranked by expected value with the value engine's P(alive),
 * CLV, warnings and tier prompts — on the 360 page, in My day, as call lists and in the API.
 *
 * <p>Public API, this package: {@link dev.touchpoint.server.crosssell.CrossSellApi} (demo loading).
 * The features are its sub-packages, internal to the module: {@code mining} (runs, settings, rules,
 * sequences, evaluation), {@code need} (need rules and their ready-made templates), {@code action}
 * (next best actions, outcomes, call lists, the 360 panel and My day), {@code odometer} (readings).
 * Migrations in {@code db/migration/crosssell}, templates in {@code templates/crosssell}, messages in
 * {@code i18n/crosssell}. The algorithms are the analytics library's
 * {@code dev.touchpoint.analytics.crosssell}.
 */
package dev.touchpoint.server.crosssell;
