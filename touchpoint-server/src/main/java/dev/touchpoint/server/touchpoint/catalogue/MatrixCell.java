package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.server.touchpoint.Touchpoint;
import java.math.BigDecimal;

/**
 * A touchpoint in a cell of the matrix with its numbers over the last twelve months; {@code avgEmotion}
 * and {@code auditScore} may be null. (Public so templates can read it.)
 */
public record MatrixCell(
        Touchpoint touchpoint, long events, BigDecimal avgEmotion, BigDecimal auditScore, boolean surveyed) {

    /** Measured by events, an audit item or a survey question. */
    public boolean measured() {
        return events > 0 || auditScore != null || surveyed;
    }
}
