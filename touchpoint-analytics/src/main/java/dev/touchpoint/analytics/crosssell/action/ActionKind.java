package dev.touchpoint.analytics.crosssell.action;

/** Where a next best action comes from. */
public enum ActionKind {
    /** A causal rule's need is due. */
    NEED,
    /** Bought together with what the customer owns (association rule). */
    ASSOCIATION,
    /** Usually bought next after what the customer bought recently (sequential rule). */
    SEQUENCE,
    /** An open early warning: win the customer back. */
    WIN_BACK,
    /** The value engine prompts a tier change. */
    TIER_UPGRADE
}
