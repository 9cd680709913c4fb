package dev.touchpoint.analytics.value.lifecycle;

import java.util.Objects;

/**
 * A customer's lifecycle position.
 *
 * @param stage the purchase stage
 * @param phase the relationship phase
 * @param trend the purchase-rate trend used (NaN when the tenure is shorter than the window)
 */
public record LifecycleStage(PurchaseStage stage, LifecyclePhase phase, double trend) {

    /** Validates the stage. */
    public LifecycleStage {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(phase, "phase");
    }
}
