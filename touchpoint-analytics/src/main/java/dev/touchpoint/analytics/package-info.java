/**
 * Touchpoint analytics: pure-Java customer analytics (RFM, BG/NBD and Gamma-Gamma lifetime value,
 * journeys, emotion curves, service metrics, performance-formula decomposition).
 *
 * <p>No framework, no JDBC, no servlet types: plain records and iterators in, new values out, so the
 * server and the Spark job call the very same code.
 */
package dev.touchpoint.analytics;
