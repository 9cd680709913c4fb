package dev.touchpoint.analytics.value.lifecycle;

import java.util.Objects;

/**
 * Classifies a customer into a purchase stage and a relationship phase (DOMAIN §6, seeds 001–003).
 *
 * <p>Rules, applied in order, with p = P(alive), n = purchase days, τ = tenure in days and
 * ρ = {@link LifecycleInput#trend(int)}:
 *
 * <ol>
 *   <li>p &lt; exitBelow → churning, exit;
 *   <li>p &lt; churningBelow → churning, decline;
 *   <li>n = 1 → first purchase, acquisition;
 *   <li>otherwise the stage is long-term when τ ≥ longTermDays and n ≥ longTermPurchases, else
 *       repeat; the phase is decline when ρ ≤ declineRatio, growth when ρ ≥ growthRatio or ρ is
 *       undefined (the tenure is within the window: a young relationship), else maturity for a
 *       long-term customer and growth for a repeat one.
 * </ol>
 */
public final class Lifecycle {

    private Lifecycle() {}

    /**
     * Classifies one customer.
     *
     * @param input tenure, purchases, recent purchases and P(alive)
     * @param thresholds the thresholds
     * @return stage and phase
     */
    public static LifecycleStage classify(LifecycleInput input, LifecycleThresholds thresholds) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(thresholds, "thresholds");
        double trend = input.trend(thresholds.windowDays());
        double p = input.probabilityAlive();
        if (p < thresholds.exitBelow()) {
            return new LifecycleStage(PurchaseStage.CHURNING, LifecyclePhase.EXIT, trend);
        }
        if (p < thresholds.churningBelow()) {
            return new LifecycleStage(PurchaseStage.CHURNING, LifecyclePhase.DECLINE, trend);
        }
        if (input.purchaseDays() == 1) {
            return new LifecycleStage(PurchaseStage.FIRST_PURCHASE, LifecyclePhase.ACQUISITION, trend);
        }
        boolean longTerm = input.tenureDays() >= thresholds.longTermDays()
                && input.purchaseDays() >= thresholds.longTermPurchases();
        PurchaseStage stage = longTerm ? PurchaseStage.LONG_TERM : PurchaseStage.REPEAT;
        return new LifecycleStage(stage, phase(trend, longTerm, thresholds), trend);
    }

    private static LifecyclePhase phase(double trend, boolean longTerm, LifecycleThresholds t) {
        if (Double.isNaN(trend) || trend >= t.growthRatio()) {
            return LifecyclePhase.GROWTH;
        }
        if (trend <= t.declineRatio()) {
            return LifecyclePhase.DECLINE;
        }
        return longTerm ? LifecyclePhase.MATURITY : LifecyclePhase.GROWTH;
    }
}
