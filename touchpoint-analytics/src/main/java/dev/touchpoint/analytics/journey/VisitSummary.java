package dev.touchpoint.analytics.journey;

/**
 * Visit-level friction over all subjects.
 *
 * <p>A visit without purchase <em>did not return</em> when the subject's next visit starts more than
 * the return period after the visit's last event, or never comes. When an observation end is given,
 * a visit without a return whose period reaches past it is <em>censored</em> instead (we cannot know
 * yet).
 *
 * @param visits all visits
 * @param enteredWithoutPurchase visits with an ENTRY or DWELL event and no PURCHASE (进店未购买)
 * @param withoutPurchase visits with no PURCHASE
 * @param notReturned visits without purchase not followed by a visit within the return period
 * @param censored visits without purchase whose return period is not over yet
 */
public record VisitSummary(
        long visits, long enteredWithoutPurchase, long withoutPurchase, long notReturned, long censored) {}
