/**
 * Journey analytics (客户购买步骤, DOMAIN.md §2–§3): funnels, paths, zones, emotion curves,
 * peak-end, key touchpoints and the voice of the customer.
 *
 * <p>Input is a stream of {@link dev.touchpoint.analytics.journey.SubjectJourney} values, one per
 * customer or visitor, each holding that subject's {@link dev.touchpoint.analytics.journey.JourneyEvent}s
 * in time order. Every analysis makes one pass over the stream and does work linear in the number of
 * events of each subject, so it can run over millions of events without holding them all. Results
 * are new immutable records; the same input always gives the same output.
 *
 * <p>The formulas, in English and Chinese, are collected in {@code docs/journey-analytics.md}.
 */
package dev.touchpoint.analytics.journey;
