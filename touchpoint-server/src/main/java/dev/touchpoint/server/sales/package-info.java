/**
 * Sales (销售, DOMAIN §5, seeds 001 and 003): leads graded A/B/C/D after the first contact with MAN
 * qualification and FBO, follow-up cadences that generate tasks, "My day", lead conversion, the
 * public pool (公海) with per-team reclaim rules, and key-account opportunities through the six sales
 * stages with exit criteria, the buying centre (roles, champion, key person), assessment and risk,
 * pre-visit research, the eight activity kinds, objections, the pipeline board, forecast and
 * win/loss analysis.
 *
 * <p>Public API: {@link dev.touchpoint.server.sales.SalesApi} and its records and enums. Adds an
 * "Opportunities & leads" panel and timeline entries to the customer 360 page through the customer
 * module's SPI beans.
 */
package dev.touchpoint.server.sales;
