package dev.touchpoint.server.sales.lead;

/** How a lead import treats files with bad rows. */
enum ImportMode {
    /** Store nothing when any row has a problem (the default). */
    ALL_OR_NOTHING,
    /** Store the rows without problems, skip the others. */
    VALID_ONLY
}
