/**
 * What service adds to the customer 360 page: the "Service tickets" panel and timeline entries.
 * Template in {@code templates/partials/service/customer}.
 */
package dev.touchpoint.server.service.customer;
