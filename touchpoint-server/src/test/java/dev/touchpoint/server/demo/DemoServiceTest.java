package dev.touchpoint.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DemoServiceTest {

    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void aYearOfTicketsWithComplaintsAndRecentOrderStages() {
        var data = new DemoGenerator(7, NOW).generate(500);
        var customerIds =
                LongStream.range(1000, 1000 + data.customers().size()).boxed().toList();
        var orderIds = LongStream.range(1, 1 + data.orders().size()).boxed().toList();
        var batch = new DemoService(7, NOW).batch(data, customerIds, orderIds);
        var again = new DemoService(7, NOW).batch(data, customerIds, orderIds);
        assertThat(batch).isEqualTo(again);
        assertThat(batch.tickets()).hasSizeGreaterThan(250);
        assertThat(batch.tickets()).allSatisfy(t -> {
            assertThat(t.ticket().createdAt()).isBefore(NOW).isAfter(NOW.minus(Duration.ofDays(367)));
            assertThat(t.ticket().messages()).allSatisfy(m -> assertThat(m.at()).isBefore(NOW));
        });
        var complaints = batch.tickets().stream()
                .filter(t -> t.ticket().type() == TicketType.COMPLAINT)
                .toList();
        assertThat(complaints.size())
                .isBetween(batch.tickets().size() / 10, batch.tickets().size() / 3);
        assertThat(complaints)
                .anySatisfy(c -> assertThat(c.ticket().rootCause()).isNotNull());
        assertThat(batch.tickets())
                .anySatisfy(t -> assertThat(t.ticket().statusChanges())
                        .anySatisfy(s -> assertThat(s.status()).isEqualTo(TicketStatus.PENDING_CUSTOMER)));
        assertThat(batch.orderStages())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.at()).isAfter(NOW.minus(Duration.ofDays(101))));
    }
}
