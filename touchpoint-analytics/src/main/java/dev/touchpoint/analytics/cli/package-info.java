/**
 * The {@code touchpoint-analytics.jar} command line: {@code clv}, {@code rfm} and {@code pareto}
 * over CSV or whitespace-separated files, printing JSON. Entry point: {@link
 * dev.touchpoint.analytics.cli.AnalyticsCli}; options are documented in {@code
 * docs/analytics-cli.md}.
 */
package dev.touchpoint.analytics.cli;
