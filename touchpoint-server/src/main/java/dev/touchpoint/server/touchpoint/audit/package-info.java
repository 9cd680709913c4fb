/**
 * Audits (检查, mystery shopping): versioned checklist templates (the dealership's of seed 004),
 * scoring by weighted points, corrective tasks for failed items, trends per site, section and
 * touchpoint. Templates in {@code templates/touchpoint/audit}.
 */
package dev.touchpoint.server.touchpoint.audit;
