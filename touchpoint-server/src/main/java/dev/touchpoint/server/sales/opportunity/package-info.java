/**
 * Key-account opportunities (大客户): the six sales stages with exit criteria, the buying centre
 * (roles, champion, key person, coverage), assessment and risk, pre-visit research, the eight
 * activity kinds, objections, the pipeline board, forecast and win/loss. Templates in {@code
 * templates/sales/opportunity} and {@code templates/partials/sales/opportunity}.
 */
package dev.touchpoint.server.sales.opportunity;
