package dev.touchpoint.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FastReplyMetricsTest {

    static Instant day(int marchDay) {
        return Instant.parse("2025-03-01T02:00:00Z").plus(Duration.ofDays(marchDay - 1));
    }

    static TicketMeasure ticket(
            String id, String customer, Instant opened, Instant solved, Long first, int after, long... responses) {
        var list = java.util.Arrays.stream(responses).boxed().toList();
        Long resolution =
                solved == null ? null : Duration.between(opened, solved).toMinutes();
        return new TicketMeasure(id, customer, opened, solved, new ReplyTimes(first, list, resolution, after, null));
    }

    @Test
    void summaryOfOddAndEvenCounts() {
        var odd = DurationSummary.of(List.of(10L, 100L, 30L, 20L, 40L));
        assertThat(odd.mean()).isEqualTo(40.0);
        assertThat(odd.median()).isEqualTo(30.0);
        // h = 4 × 0.9 = 3.6 → 40 + 0.6 × (100 − 40) = 76
        assertThat(odd.p90()).isCloseTo(76.0, within(1e-9));
        assertThat(odd.max()).isEqualTo(100);
        var even = DurationSummary.of(List.of(4L, 1L, 3L, 2L));
        assertThat(even.median()).isEqualTo(2.5);
        // h = 3 × 0.9 = 2.7 → 3 + 0.7 × 1
        assertThat(even.p90()).isCloseTo(3.7, within(1e-9));
        assertThat(DurationSummary.of(List.of()).isEmpty()).isTrue();
        assertThat(DurationSummary.of(List.of()).mean()).isNaN();
    }

    @Test
    void definitionOneCountsSolvedTicketsWithoutFurtherCustomerMessages() {
        var tickets = List.of(
                ticket("A", "x", day(1), day(2), 10L, 0),
                ticket("B", "y", day(1), day(3), 10L, 2),
                ticket("C", "z", day(1), null, 10L, 0),
                ticket("D", "w", day(1), day(2), null, 0));
        var rate = FirstContactResolution.noFurtherCustomerMessage(tickets);
        assertThat(rate.eligible()).isEqualTo(3);
        assertThat(rate.resolved()).isEqualTo(2);
        assertThat(rate.rate()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void definitionTwoLooksForANewTicketOfTheSameCustomerWithinTheWindow() {
        var t1 = ticket("T1", "x", day(1), day(1), 5L, 0); // x comes back on day 5 → not resolved
        var t2 = ticket("T2", "x", day(5), day(6), 5L, 0); // nothing after → resolved
        var t3 = ticket("T3", "y", day(1), day(2), 5L, 0); // y returns on day 10, 8 days later → resolved
        var t4 = ticket("T4", "y", day(10), day(28), 5L, 0); // solved 3 days before as-of → not judged
        var t5 = ticket("T5", "z", day(3), null, 5L, 0); // unsolved → not judged
        var all = List.of(t1, t2, t3, t4, t5);
        var rate = FirstContactResolution.noRepeatContactWithin(all, all, Duration.ofDays(7), day(31));
        assertThat(rate.eligible()).isEqualTo(3);
        assertThat(rate.resolved()).isEqualTo(2);
    }

    @Test
    void aRepeatExactlyAtTheEndOfTheWindowCounts() {
        var first = ticket("1", "x", day(1), day(1), 5L, 0);
        var again = ticket("2", "x", day(8), null, null, 0);
        var rate = FirstContactResolution.noRepeatContactWithin(
                List.of(first), List.of(first, again), Duration.ofDays(7), day(31));
        assertThat(rate.eligible()).isEqualTo(1);
        assertThat(rate.resolved()).isZero();
    }

    @Test
    void repeatsCountAcrossGroupsThroughTheHistory() {
        // the team's ticket looks resolved alone, but the customer came back to another team
        var mine = ticket("1", "x", day(1), day(2), 5L, 0);
        var otherTeam = ticket("2", "x", day(4), day(4), 5L, 0);
        assertThat(FirstContactResolution.noRepeatContactWithin(
                                List.of(mine), List.of(mine), Duration.ofDays(7), day(31))
                        .resolved())
                .isEqualTo(1);
        assertThat(FirstContactResolution.noRepeatContactWithin(
                                List.of(mine), List.of(mine, otherTeam), Duration.ofDays(7), day(31))
                        .resolved())
                .isZero();
    }

    @Test
    void theFourMetricsOfAGroup() {
        var group = List.of(
                ticket("1", "a", day(1), day(2), 30L, 0, 30, 60),
                ticket("2", "b", day(1), null, 90L, 1, 90),
                ticket("3", "c", day(1), day(1).plus(Duration.ofMinutes(300)), null, 0));
        var m = FastReplyMetrics.of(group, group, Duration.ofDays(7), day(31));
        assertThat(m.tickets()).isEqualTo(3);
        assertThat(m.firstResponse().count()).isEqualTo(2);
        assertThat(m.firstResponse().mean()).isEqualTo(60.0);
        // all waits: 30, 60, 90
        assertThat(m.response().mean()).isEqualTo(60.0);
        assertThat(m.response().count()).isEqualTo(3);
        // 1 day = 1440 and 300 → mean 870
        assertThat(m.resolution().mean()).isEqualTo(870.0);
        assertThat(m.fcrNoFurtherMessage().rate()).isEqualTo(1.0);
        assertThat(m.fcrNoRepeat().eligible()).isEqualTo(2);
        assertThat(FcrRate.of(0, 0).rate()).isNaN();
    }
}
