/**
 * Leads (线索): capture from the store, the API, imports and web forms; the first contact with
 * MAN qualification, the A/B/C/D intent class and FBO; re-grading, conversion into a customer
 * and an opportunity (once), giving up; the lead list, page, import and export. SQL in {@code
 * LeadRepository}; templates in {@code templates/sales/lead}.
 */
package dev.touchpoint.server.sales.lead;
