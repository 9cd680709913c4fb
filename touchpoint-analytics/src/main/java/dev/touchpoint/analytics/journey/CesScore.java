package dev.touchpoint.analytics.journey;

/**
 * Customer effort score (Dixon, Freeman &amp; Toman 2010) on the 1–7 scale: the mean answer.
 *
 * @param n answers
 * @param mean the mean answer
 */
public record CesScore(long n, double mean) {}
