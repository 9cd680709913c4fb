/**
 * Customers: persons and organisations, contacts under organisations, owner and team, tiers (分级),
 * tags, source channel, consent per channel with its history, notes, duplicate detection and merge,
 * import/export and the customer 360 page.
 *
 * <p>Public API: {@link dev.touchpoint.server.customer.CustomerApi} and its records. Other modules add
 * to the 360 page through {@link dev.touchpoint.server.customer.CustomerPanel} beans and to the
 * timeline through {@link dev.touchpoint.server.customer.TimelineSource} beans, so this module never
 * depends on them. Modules that store rows per customer re-point them in a synchronous
 * {@code @EventListener} of {@link dev.touchpoint.server.customer.CustomersMerged}.
 *
 * <p>Decisions: {@code DELETE} is a soft delete ({@code deleted_at}; the customer leaves every list and
 * answers 404, other modules' rows keep pointing at it). A merged customer keeps {@code merged_into};
 * {@code GET /api/v1/customers/{merged}} answers 301 with the survivor in {@code Location}, the web UI
 * redirects to the survivor's page. {@code PUT} requires the version read (body or {@code If-Match}).
 * Duplicates are found by normalised phone (digits, no +86/0086) and case-insensitive email.
 */
package dev.touchpoint.server.customer;
