/**
 * Platform: the embedded PostgreSQL, configuration, internationalisation, problem details for the
 * API, tabular (CSV/XLSX) import and export helpers and the shared web layout. Every other module may
 * use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.touchpoint.server.platform;
