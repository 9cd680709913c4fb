/**
 * The service module's administration API: calendars, SLA policies, care rules and runs, the
 * guard, outbound messages, tasks and metrics.
 */
package dev.touchpoint.server.service.admin;
