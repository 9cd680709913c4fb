package dev.touchpoint.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times shown in the business's time zone, whatever the JVM's. */
class BusinessTimeTest {

    private final BusinessTime shanghai = new BusinessTime(ZoneId.of("Asia/Shanghai"));

    @Test
    void aShanghaiTicketOpenedAt0943ReadsAs0943() {
        assertThat(shanghai.format(Instant.parse("2026-12-03T01:43:00Z"), "yyyy-MM-dd HH:mm"))
                .isEqualTo("2026-12-03 09:43");
        // late evening UTC is already the next day in Shanghai
        assertThat(shanghai.format(Instant.parse("2026-12-03T17:52:11Z"), "yyyy-MM-dd HH:mm"))
                .isEqualTo("2026-12-04 01:52");
        assertThat(shanghai.format(OffsetDateTime.parse("2026-12-03T09:43:00+09:00"), "HH:mm"))
                .isEqualTo("08:43");
    }

    @Test
    void datesPrintAsTheyAreAndNothingPrintsEmpty() {
        assertThat(shanghai.format(LocalDate.of(2026, 12, 3), "yyyy-MM-dd")).isEqualTo("2026-12-03");
        assertThat(shanghai.format(null, "yyyy-MM-dd")).isEmpty();
    }
}
