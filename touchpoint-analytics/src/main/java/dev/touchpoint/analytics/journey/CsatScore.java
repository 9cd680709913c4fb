package dev.touchpoint.analytics.journey;

/**
 * Customer satisfaction on the 1–5 scale: {@code CSAT % = 100 × answers of 4 or 5 ÷ n}, plus the
 * mean answer.
 *
 * @param n answers
 * @param satisfied answers of 4 or 5
 * @param percentSatisfied {@code 100 × satisfied ÷ n}
 * @param mean the mean answer
 */
public record CsatScore(long n, long satisfied, double percentSatisfied, double mean) {}
