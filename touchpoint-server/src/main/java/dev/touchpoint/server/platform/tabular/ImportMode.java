package dev.touchpoint.server.platform.tabular;

/** How an import treats a file with bad rows. */
public enum ImportMode {
    /** Store nothing when any row has a problem (the default). */
    ALL_OR_NOTHING,
    /** Store the rows (or records) without problems, skip the others. */
    VALID_ONLY
}
