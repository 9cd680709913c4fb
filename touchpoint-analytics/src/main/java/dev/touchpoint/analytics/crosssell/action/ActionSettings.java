package dev.touchpoint.analytics.crosssell.action;

/**
 * How next best actions are chosen.
 *
 * @param recentDays an offer the customer bought within this many days is not suggested
 * @param upcomingDays needs due within this many days are suggested already
 * @param sequenceWindowDays a sequential rule applies when its prefix was completed within this
 *     many days (unless the rule's own maximum gap is shorter)
 * @param fallbackKmPerDay km per day of a customer without usable odometer readings
 * @param winBackSuccess the share of warned customers a win-back retains
 * @param tierUpgradeSuccess the share of tier prompts that succeed
 * @param priorWeight how many offers the prior probability of a rule weighs against its measured
 *     conversion (smoothing: (conversions + weight × prior) ÷ (offered + weight))
 * @param maxActions how many actions to return
 */
public record ActionSettings(
        int recentDays,
        int upcomingDays,
        int sequenceWindowDays,
        double fallbackKmPerDay,
        double winBackSuccess,
        double tierUpgradeSuccess,
        double priorWeight,
        int maxActions) {

    /** The defaults: 90, 30, 365 days, 40 km/day, 15 %, 10 %, 10 offers, 5 actions. */
    public static ActionSettings defaults() {
        return new ActionSettings(90, 30, 365, 40, 0.15, 0.10, 10, 5);
    }

    /** The same settings returning this many actions. */
    public ActionSettings withMaxActions(int max) {
        return new ActionSettings(
                recentDays,
                upcomingDays,
                sequenceWindowDays,
                fallbackKmPerDay,
                winBackSuccess,
                tierUpgradeSuccess,
                priorWeight,
                max);
    }
}
