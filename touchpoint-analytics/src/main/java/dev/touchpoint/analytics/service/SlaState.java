package dev.touchpoint.analytics.service;

/** Where an SLA target stands. */
public enum SlaState {
    /** The clock runs and less than the due-soon share of the target is used. */
    RUNNING,
    /** The clock runs and at least the due-soon share is used: a breach is predicted. */
    DUE_SOON,
    /** The clock stands still (e.g. the ticket waits for the customer); not yet breached. */
    PAUSED,
    /** The clock runs (or is paused) past its target: breached, still open. */
    BREACHED,
    /** Stopped within the target. */
    MET,
    /** Stopped after the target: breached and done. */
    MISSED;

    /** Whether the target was or is being exceeded. */
    public boolean breached() {
        return this == BREACHED || this == MISSED;
    }

    /** Whether the clock has stopped. */
    public boolean completed() {
        return this == MET || this == MISSED;
    }
}
