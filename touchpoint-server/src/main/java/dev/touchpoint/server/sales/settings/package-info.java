/**
 * The sales settings page of a team: follow-up cadences, pool rules, the public lead form.
 * Template in {@code templates/sales/settings}.
 */
package dev.touchpoint.server.sales.settings;
