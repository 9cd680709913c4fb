/**
 * The sales performance formula (业绩公式) as an exact identity per period, and the LMDI-I
 * attribution of the change between two periods to its factors. Entry points: {@link
 * dev.touchpoint.analytics.value.performance.PerformancePeriod} and {@link
 * dev.touchpoint.analytics.value.performance.Lmdi}.
 */
package dev.touchpoint.analytics.value.performance;
