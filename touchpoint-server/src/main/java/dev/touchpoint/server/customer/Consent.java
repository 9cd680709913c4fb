package dev.touchpoint.server.customer;

import java.time.Instant;

/**
 * Consent given ({@code granted}) or withdrawn for one channel; the latest per channel is in force.
 *
 * @param method how it was given or withdrawn, e.g. "signed form at the store", "unsubscribe link"
 * @param recordedBy the user who recorded it
 */
record Consent(
        long id,
        long customerId,
        ConsentChannel channel,
        boolean granted,
        Instant at,
        String method,
        String recordedBy) {}
