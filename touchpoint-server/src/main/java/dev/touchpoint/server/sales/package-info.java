/**
 * Sales (销售, DOMAIN §5, seeds 001 and 003): leads graded A/B/C/D after the first contact with MAN
 * qualification and FBO, follow-up cadences that generate tasks, "My day", lead conversion, the
 * public pool (公海) with per-team reclaim rules, and key-account opportunities through the six sales
 * stages with exit criteria, the buying centre (roles, champion, key person), assessment and risk,
 * pre-visit research, the eight activity kinds, objections, the pipeline board, forecast and
 * win/loss analysis.
 *
 * <p>Public API, this package: {@link dev.touchpoint.server.sales.SalesApi} (loading the demo's
 * sales history) and the records and vocabularies it carries. The features are its sub-packages,
 * internal to the module: {@code lead}, {@code followup}, {@code pool}, {@code opportunity},
 * {@code webform}, {@code customer} (the 360 panel and timeline), {@code settings}, {@code shared}
 * (access rules, settings, names) and {@code demo}. SQL migrations are in
 * {@code db/migration/sales}, templates in {@code templates/sales} and {@code templates/partials/sales}.
 */
package dev.touchpoint.server.sales;
