/**
 * Customer value: RFM scoring and segments ({@code rfm}), BG/NBD and Gamma-Gamma lifetime value
 * ({@code clv}), the 80/20 profit curve ({@code pareto}) and the sales performance formula with its
 * LMDI decomposition ({@code performance}).
 *
 * <p>Everything here is a pure function over immutable records: the same input always gives the
 * same output, and no type depends on a framework, a database or a servlet container.
 */
package dev.touchpoint.analytics.value;
