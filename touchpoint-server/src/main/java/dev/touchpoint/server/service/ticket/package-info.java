/**
 * Tickets and complaints from any channel, linked to a customer, an order and the touchpoint
 * where the problem arose: opening, the conversation (public replies and internal notes),
 * status and assignment, complaint fields (root cause, 4R steps, compensation), the ticket
 * screens and API, import with history and export. Templates in {@code
 * templates/service/ticket}.
 */
package dev.touchpoint.server.service.ticket;
