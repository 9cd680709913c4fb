package dev.touchpoint.server.touchpoint;

import java.time.LocalDate;

/**
 * A distinct visitor entering a site on a day (an event of kind ENTRY).
 *
 * @param site the event's site, or null
 * @param customerId the customer when known
 * @param visitorId the anonymous visitor when the customer is not known
 */
public record EntryVisit(String site, Long customerId, String visitorId, LocalDate day) {}
