package dev.touchpoint.server.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Times as people read them: instants are stored in UTC and shown in the business's time zone
 * ({@code touchpoint.time-zone}, default Asia/Shanghai), whatever zone the server's JVM runs in. A
 * Shanghai ticket opened at 09:43 reads 09:43, not 01:43. Templates use
 * {@code ${@businessTime.format(value, 'yyyy-MM-dd HH:mm')}}; dates without a time print as they are.
 */
@Component("businessTime")
public class BusinessTime {

    private final ZoneId zone;

    public BusinessTime(@Value("${touchpoint.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@code value} (an Instant, a zoned or offset date-time, a local date or time) with {@code pattern}; "" for null. */
    public String format(Object value, String pattern) {
        if (value == null) {
            return "";
        }
        var formatter = DateTimeFormatter.ofPattern(pattern);
        if (value instanceof Instant i) {
            return formatter.format(i.atZone(zone));
        }
        if (value instanceof ZonedDateTime z) {
            return formatter.format(z.withZoneSameInstant(zone));
        }
        if (value instanceof OffsetDateTime o) {
            return formatter.format(o.atZoneSameInstant(zone));
        }
        if (value instanceof java.util.Date d) {
            return formatter.format(d.toInstant().atZone(zone));
        }
        if (value instanceof TemporalAccessor t) {
            return formatter.format(t); // local dates and times: already business time
        }
        return String.valueOf(value);
    }

    /** The current month in the business's time zone, e.g. {@code 2026-12}. */
    public String thisMonth() {
        return YearMonth.now(zone).toString();
    }
}
