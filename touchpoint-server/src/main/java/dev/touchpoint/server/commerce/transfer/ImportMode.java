package dev.touchpoint.server.commerce.transfer;

/** How an import treats bad rows: store nothing at all, or store the valid rows (whole orders) only. */
public enum ImportMode {
    ALL_OR_NOTHING,
    VALID_ONLY
}
