package dev.touchpoint.analytics.value.engine;

import dev.touchpoint.analytics.value.warning.Warning;

/**
 * An early warning raised for a customer in a run.
 *
 * @param customerId the customer
 * @param tier the customer's tier code
 * @param warning the rule, its reason and evidence
 */
public record ValueWarning(long customerId, String tier, Warning warning) {}
