package dev.touchpoint.analytics.journey;

import java.util.List;

/**
 * Conversion per product (DOMAIN.md §2): {@code rate = buyers ÷ subjects who dwelt at the product},
 * where a subject dwelt when it has a {@link TouchpointKind#DWELL} event with the product, and is a
 * buyer when a {@link TouchpointKind#PURCHASE} of the product follows one of those dwells within the
 * purchase window (inclusive). A subject's dwell time is the sum of its dwell durations on the
 * product up to the converting purchase (all of them without one); subjects whose dwells have no
 * duration are left out of the bands. The <em>optimal dwell band</em> is the band with the highest
 * rate among those with at least the minimum number of subjects (ties: the shorter band).
 *
 * @param productId the product
 * @param dwelt subjects who dwelt at it
 * @param converted of them, buyers within the window
 * @param rate {@code converted ÷ dwelt}
 * @param bands conversion per dwell band
 * @param optimalBand the optimal band's label, or {@code null} when no band has enough subjects
 */
public record ProductConversion(
        String productId, long dwelt, long converted, double rate, List<BandConversion> bands, String optimalBand) {

    /** Copies the bands. */
    public ProductConversion {
        bands = List.copyOf(bands);
    }
}
