/**
 * Service (服务, DOMAIN §4): tickets and complaints from any channel linked to a customer, an order
 * and the touchpoint where the problem arose; their conversation (public replies and internal notes);
 * SLA policies on business calendars with pauses, due-soon prediction, breaches and three escalation
 * levels; the four fast-reply metrics (seed 000); care plans on order stages and dates (seed 002);
 * proactive tickets from early warnings; complaint handling (seed 003); and the over-service guard
 * (consent, frequency cap, quiet hours).
 *
 * <p>Public API: {@link dev.touchpoint.server.service.ServiceApi} and its records. Business-time
 * arithmetic and the metric formulas live in {@code dev.touchpoint.analytics.service}.
 */
package dev.touchpoint.server.service;
