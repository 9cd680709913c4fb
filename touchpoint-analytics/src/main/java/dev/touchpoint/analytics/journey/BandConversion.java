package dev.touchpoint.analytics.journey;

/**
 * Conversion of the subjects whose dwell time on a product falls in one band.
 *
 * @param band the band label
 * @param subjects subjects in the band
 * @param converted of them, buyers
 * @param rate {@code converted ÷ subjects}
 */
public record BandConversion(String band, long subjects, long converted, double rate) {}
