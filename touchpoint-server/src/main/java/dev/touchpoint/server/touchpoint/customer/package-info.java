/**
 * What touchpoints add to the customer 360 page: every event on the timeline, the "log a
 * touchpoint" panel, and re-pointing a merged customer's events, visitor links and surveys.
 * Templates in {@code templates/touchpoint/customer} and {@code
 * templates/partials/touchpoint/customer}.
 */
package dev.touchpoint.server.touchpoint.customer;
