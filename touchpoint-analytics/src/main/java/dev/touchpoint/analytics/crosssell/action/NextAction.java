package dev.touchpoint.analytics.crosssell.action;

import java.util.List;

/**
 * One suggestion for one customer.
 *
 * @param kind where it comes from (of its strongest evidence)
 * @param offer what to offer, or null for a win-back or tier action
 * @param probability the chance it converts (rule confidence, need prior or measured rate, win-back
 *     success rate)
 * @param value what a conversion is worth (the offer's margin, or the customer's value at stake)
 * @param expectedValue probability × value × P(alive) (for win-back and tier actions, see {@link
 *     NextActions})
 * @param evidence the strongest evidence first, then any other rule suggesting the same offer
 */
public record NextAction(
        ActionKind kind, Offer offer, double probability, double value, double expectedValue, List<Evidence> evidence) {

    public NextAction {
        evidence = List.copyOf(evidence);
    }

    /** The key actions are merged by: the offer's key, or the kind for actions without offer. */
    public String key() {
        return offer == null ? kind.name() : offer.key();
    }
}
