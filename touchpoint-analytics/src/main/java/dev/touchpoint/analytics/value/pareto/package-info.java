/**
 * The 80/20 rule: the Pareto (Lorenz-style) curve of cumulative gross profit over customers ranked
 * by profit. Entry point: {@link dev.touchpoint.analytics.value.pareto.ParetoCurve}.
 */
package dev.touchpoint.analytics.value.pareto;
