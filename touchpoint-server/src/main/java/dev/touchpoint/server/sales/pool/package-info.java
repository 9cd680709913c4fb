/**
 * The public pool (公海): leads and customers in a salesperson's care return to their team's pool
 * by the team's rules (no follow-up, no deal), owners are warned first, reps claim within a
 * daily limit (once under parallel claims); the nightly run. Template in {@code
 * templates/sales/pool}.
 */
package dev.touchpoint.server.sales.pool;
