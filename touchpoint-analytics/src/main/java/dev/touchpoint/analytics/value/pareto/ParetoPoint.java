package dev.touchpoint.analytics.value.pareto;

/**
 * A point of the Pareto curve: the top {@code customerShare} of customers hold {@code
 * profitShare} of the total profit.
 *
 * @param customerShare k/n, in [0, 1]
 * @param profitShare cumulative profit of the top k customers ÷ total profit
 */
public record ParetoPoint(double customerShare, double profitShare) {

    /** Validates the shares. */
    public ParetoPoint {
        if (!(customerShare >= 0 && customerShare <= 1) || !Double.isFinite(profitShare)) {
            throw new IllegalArgumentException(
                    "need customerShare in [0, 1] and a finite profitShare, was " + customerShare + ", " + profitShare);
        }
    }
}
