package dev.touchpoint.analytics.value.loyalty;

import java.util.List;
import java.util.Objects;

/**
 * A customer's loyalty index.
 *
 * @param index 0–100, the re-weighted mean of the available indicator scores × 100
 * @param coverage the share of the total weight that was available, in (0, 1]: how much of the
 *     intended index the data supports
 * @param used the indicators that contributed
 * @param missing the weighted indicators the data did not hold
 */
public record LoyaltyScore(double index, double coverage, List<LoyaltyIndicator> used, List<LoyaltyIndicator> missing) {

    /** Validates and copies. */
    public LoyaltyScore {
        if (!(index >= 0 && index <= 100) || !(coverage > 0 && coverage <= 1)) {
            throw new IllegalArgumentException("need index in [0, 100] and coverage in (0, 1]");
        }
        used = List.copyOf(Objects.requireNonNull(used, "used"));
        missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
    }
}
