/**
 * Customers: persons and organisations, contacts under organisations, owner and team, tiers (分级),
 * tags, source channel, consent per channel with its history, notes, duplicate detection and merge,
 * and the customer 360 page.
 *
 * <p>Public API: {@link dev.touchpoint.server.customer.CustomerApi} and its records. Other modules add
 * to the 360 page through {@link dev.touchpoint.server.customer.CustomerPanel} beans and to the
 * timeline through {@link dev.touchpoint.server.customer.TimelineSource} beans, so this module never
 * depends on them.
 */
package dev.touchpoint.server.customer;
