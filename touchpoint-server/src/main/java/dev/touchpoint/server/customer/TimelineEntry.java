package dev.touchpoint.server.customer;

import java.time.Instant;

/**
 * One thing that happened to a customer, as shown on the 360 timeline.
 *
 * @param at when it happened
 * @param source which module it comes from, e.g. {@code customer}, {@code commerce}
 * @param kind what happened, e.g. {@code ORDER_PLACED}; used for the icon and for filtering
 * @param icon a Bootstrap Icons name, e.g. {@code bag}
 * @param title short text, already in the caller's language
 * @param detail optional longer text
 * @param actor who did it (user name), or null
 * @param link optional URL to the record
 */
public record TimelineEntry(
        Instant at, String source, String kind, String icon, String title, String detail, String actor, String link) {}
