package dev.touchpoint.server.crosssell.action;

import dev.touchpoint.analytics.crosssell.action.Evidence;
import java.util.List;

/**
 * A next best action as staff and the API see it.
 *
 * @param rank 1 for the best
 * @param customerId the customer
 * @param kind NEED, ASSOCIATION, SEQUENCE, WIN_BACK or TIER_UPGRADE
 * @param offer the offer's key ({@code PRODUCT:ACC-FILM}, {@code CATEGORY:MAINTENANCE}), or null
 * @param offerName the offer's name
 * @param expectedValue probability × value × P(alive) (see docs/cross-sell.md)
 * @param probability the chance it converts
 * @param value what a conversion is worth
 * @param reason why, in the reader's language
 * @param rule the strongest rule as text (the key outcomes are measured by)
 * @param evidence every rule behind it, strongest first
 */
public record NextActionView(
        int rank,
        long customerId,
        String kind,
        String offer,
        String offerName,
        double expectedValue,
        double probability,
        double value,
        String reason,
        String rule,
        List<Evidence> evidence) {}
