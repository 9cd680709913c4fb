package dev.touchpoint.server.customer;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Contributes entries to a customer's timeline. The customer module merges every source, newest
 * first. Implementations are called only after the caller's access to the customer was checked.
 */
public interface TimelineSource {

    /**
     * Entries of one customer strictly before {@code before} (null: no bound), newest first, at most
     * {@code limit}.
     */
    List<TimelineEntry> entries(long customerId, Instant before, int limit, Locale locale);
}
