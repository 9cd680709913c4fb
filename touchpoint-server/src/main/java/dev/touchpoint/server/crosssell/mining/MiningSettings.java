package dev.touchpoint.server.crosssell.mining;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The thresholds of mining and of next best actions, one set per business.
 *
 * @param minSupport minimum support of itemsets, a share of the baskets (orders)
 * @param minSequenceSupport minimum support of sequences, a share of the customers
 * @param minConfidence minimum confidence of association and sequential rules
 * @param minLift minimum lift of association and sequential rules
 * @param maxLength largest itemset and longest pattern (items)
 * @param maxGapDays most days between consecutive purchases of a sequence match, or null for none
 * @param attributionDays a purchase of the offer within this many days after an action converts it
 * @param fallbackKmPerDay km per day of a customer without odometer readings
 * @param evaluationMonths the offline evaluation holds out this many months before the as-of date
 * @param version for optimistic locking
 */
public record MiningSettings(
        @NotNull @DecimalMin(value = "0.0001") @DecimalMax("1")
        Double minSupport,

        @NotNull @DecimalMin(value = "0.0001") @DecimalMax("1")
        Double minSequenceSupport,

        @NotNull @DecimalMin("0") @DecimalMax("1") Double minConfidence,
        @NotNull @DecimalMin("0") @DecimalMax("1000") Double minLift,
        @NotNull @Min(2) @Max(6) Integer maxLength,
        @Min(1) @Max(3650) Integer maxGapDays,
        @NotNull @Min(1) @Max(365) Integer attributionDays,

        @NotNull @DecimalMin(value = "0.1") @DecimalMax("2000")
        Double fallbackKmPerDay,

        @NotNull @Min(1) @Max(36) Integer evaluationMonths,
        Integer version) {}
