/**
 * The touchpoint catalogue (lines × stages, kinds, owner roles, key touchpoints, control
 * metrics), the shipped templates (car dealership, B2B manufacturer, retail store), the lines ×
 * stages matrix with each touchpoint's numbers, and the catalogue's CSV/XLSX import and export.
 * SQL in {@code CatalogueRepository}; templates in {@code templates/touchpoint/catalogue}.
 */
package dev.touchpoint.server.touchpoint.catalogue;
