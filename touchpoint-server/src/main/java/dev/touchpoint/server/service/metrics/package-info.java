/**
 * The four fast-reply metrics of seed 000 (first response, average response, first-contact
 * resolution, resolution time) over the tickets the caller may see, by group and as a trend.
 * Template in {@code templates/service/metrics}.
 */
package dev.touchpoint.server.service.metrics;
