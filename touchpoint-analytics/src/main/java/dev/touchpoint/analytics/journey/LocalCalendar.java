package dev.touchpoint.analytics.journey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Local day, weekday and hour of an instant in a time zone, computed from the zone's offset at that
 * instant without building a {@code ZonedDateTime} (the zone analyses ask this for every event).
 * Gives the same answers as {@code instant.atZone(zone)}.
 */
final class LocalCalendar {

    private static final long SECONDS_PER_DAY = 86_400;

    private final ZoneRules rules;

    LocalCalendar(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** Seconds since 1970-01-01T00:00 local time. */
    long localSeconds(Instant instant) {
        return instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds();
    }

    /** The local date as days since 1970-01-01. */
    long epochDay(Instant instant) {
        return Math.floorDiv(localSeconds(instant), SECONDS_PER_DAY);
    }

    /** The local weekday, Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
    int weekdayIndex(Instant instant) {
        return (int) Math.floorMod(epochDay(instant) + 3, 7);
    }

    /** The local hour of day, 0–23. */
    int hour(Instant instant) {
        return (int) (Math.floorMod(localSeconds(instant), SECONDS_PER_DAY) / 3600);
    }
}
