/**
 * What the commerce features share: who may see and change commerce records (the customer's
 * scope), inline form errors, and the version read from {@code If-Match} or a body.
 */
package dev.touchpoint.server.commerce.shared;
