/**
 * Service (服务, DOMAIN §4): tickets and complaints from any channel linked to a customer, an order
 * and the touchpoint where the problem arose; their conversation (public replies and internal notes);
 * SLA policies on business calendars with pauses, due-soon prediction, breaches and three escalation
 * levels; the four fast-reply metrics (seed 000); care plans on order stages and dates (seed 002);
 * proactive tickets from early warnings; complaint handling (seed 003); and the over-service guard
 * (consent, frequency cap, quiet hours).
 *
 * <p>Public API, this package: {@link dev.touchpoint.server.service.ServiceApi} and the records it
 * carries. The features are its sub-packages, internal to the module: {@code ticket},
 * {@code complaint}, {@code sla}, {@code care}, {@code metrics}, {@code customer} (the 360 panel and
 * timeline), {@code admin} (the administration API) and {@code shared}. Migrations in
 * {@code db/migration/service}, templates in {@code templates/service/<feature>}. Business-time
 * arithmetic and the metric formulas live in {@code dev.touchpoint.analytics.service}.
 */
package dev.touchpoint.server.service;
