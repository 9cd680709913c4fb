/**
 * Service levels: business calendars (Chinese holidays and make-up days), SLA policies matched
 * to tickets, clocks with pauses measured in business time, due-soon prediction, breaches and
 * three escalation levels; the SLA page and its forms. Templates in {@code
 * templates/service/sla}.
 */
package dev.touchpoint.server.service.sla;
