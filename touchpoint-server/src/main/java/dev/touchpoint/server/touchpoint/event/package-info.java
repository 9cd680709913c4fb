/**
 * Event ingestion at volume: JSON, NDJSON or CSV read as it streams, every problem of a batch
 * reported, customers checked against the caller's scope, stored exactly once through {@code
 * COPY}; identity stitching of anonymous visitors; events other modules record in a
 * transaction; read-only aggregates for analytics runs.
 */
package dev.touchpoint.server.touchpoint.event;
