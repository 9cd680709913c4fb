/**
 * What sales adds to the customer 360 page: the "Opportunities & leads" panel and timeline
 * entries, through the customer module's SPI beans. Template in {@code
 * templates/partials/sales/customer}.
 */
package dev.touchpoint.server.sales.customer;
