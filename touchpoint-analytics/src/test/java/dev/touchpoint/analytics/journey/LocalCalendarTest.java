package dev.touchpoint.analytics.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LocalCalendarTest {

    /** The fast path must give what java.time gives, also across daylight-saving changes. */
    @Test
    void agreesWithZonedDateTimeInZonesWithAndWithoutDaylightSaving() {
        var random = new Random(20261125);
        for (String id : new String[] {
            "Asia/Shanghai", "UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata"
        }) {
            var zone = ZoneId.of(id);
            var calendar = new LocalCalendar(zone);
            for (int i = 0; i < 20_000; i++) {
                // 1965..2035, also before the epoch
                var instant = Instant.ofEpochSecond(-157_766_400L + (long) (random.nextDouble() * 2_209_075_200L));
                ZonedDateTime local = instant.atZone(zone);
                assertThat(calendar.epochDay(instant))
                        .as("%s %s", id, instant)
                        .isEqualTo(local.toLocalDate().toEpochDay());
                assertThat(calendar.weekdayIndex(instant))
                        .as("%s %s", id, instant)
                        .isEqualTo(local.getDayOfWeek().getValue() - 1);
                assertThat(calendar.hour(instant)).as("%s %s", id, instant).isEqualTo(local.getHour());
            }
        }
    }

    @Test
    void anInstantJustBeforeLocalMidnightBelongsToThatDay() {
        var calendar = new LocalCalendar(ZoneId.of("Asia/Shanghai"));
        // 2026-11-24T23:59:59+08:00 is 15:59:59 UTC, a Tuesday
        var lastSecond = Instant.parse("2026-11-24T15:59:59Z");
        assertThat(calendar.hour(lastSecond)).isEqualTo(23);
        assertThat(calendar.weekdayIndex(lastSecond)).isEqualTo(1);
        assertThat(calendar.epochDay(lastSecond.plusSeconds(1))).isEqualTo(calendar.epochDay(lastSecond) + 1);
    }
}
