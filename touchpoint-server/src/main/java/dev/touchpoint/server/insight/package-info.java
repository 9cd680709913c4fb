/**
 * Insight: dashboards and, later, analytics runs with stored results and early warnings. It reads
 * other modules only through their public APIs.
 */
package dev.touchpoint.server.insight;
