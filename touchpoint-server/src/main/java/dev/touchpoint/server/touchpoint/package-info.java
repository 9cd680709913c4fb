/**
 * Touchpoints (触点): the catalogue (lines × stages, kinds, owner roles, key touchpoints, control
 * metrics) and its matrix, event ingestion at volume (JSON, NDJSON, CSV through {@code COPY}, exactly
 * once), visitor identity stitching, the customer timeline and the "log a touchpoint" panel of the
 * 360 page, audits (versioned checklists, scores, corrective tasks, trends) and surveys (public token
 * links, consent and frequency cap, answers become events).
 *
 * <p>Public API, this package: {@link dev.touchpoint.server.touchpoint.TouchpointApi} and the records
 * it carries. The features are its sub-packages, internal to the module: {@code catalogue},
 * {@code event}, {@code audit}, {@code survey}, {@code customer} (the 360 timeline, log panel and
 * merges) and {@code shared}. Migrations in {@code db/migration/touchpoint}, templates in
 * {@code templates/touchpoint/<feature>}. The journey
 * vocabulary (kinds, stages, emotion scale) is the analytics library's, so events feed its funnels,
 * paths and emotion curves unchanged.
 */
package dev.touchpoint.server.touchpoint;
