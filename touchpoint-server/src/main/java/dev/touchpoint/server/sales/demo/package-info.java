/**
 * Writes the demo business's sales history straight through the features' repositories (no
 * access checks, historical timestamps), for {@code SalesApi#loadDemo}.
 */
package dev.touchpoint.server.sales.demo;
