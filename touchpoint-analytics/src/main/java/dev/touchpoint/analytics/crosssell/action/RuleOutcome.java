package dev.touchpoint.analytics.crosssell.action;

/**
 * How often a rule's suggestions were offered and converted.
 *
 * @param offered actions accepted, dismissed or completed
 * @param converted those followed by a purchase of the offer within the attribution window
 */
public record RuleOutcome(long offered, long converted) {

    /** The rate smoothed towards a prior: (converted + weight × prior) ÷ (offered + weight). */
    public double smoothed(double prior, double weight) {
        return (converted + weight * prior) / (offered + weight);
    }
}
