package dev.touchpoint.server.commerce;

/** How an import treats bad rows: store nothing at all, or store the valid rows (whole orders) only. */
enum ImportMode {
    ALL_OR_NOTHING,
    VALID_ONLY
}
