package dev.touchpoint.analytics.service;

import static dev.touchpoint.analytics.service.BusinessCalendarTest.OFFICE;
import static dev.touchpoint.analytics.service.BusinessCalendarTest.at;
import static dev.touchpoint.analytics.service.ConversationMessage.agent;
import static dev.touchpoint.analytics.service.ConversationMessage.customer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyTimesTest {

    @Test
    void theExampleOfTheIssue() {
        // created Friday 17:00, first answered Monday 09:30 under Mon–Fri 09:00–18:00
        var t = ReplyTimes.of(
                OFFICE,
                at("2025-01-10T17:00"),
                List.of(customer(at("2025-01-10T17:00")), agent(at("2025-01-13T09:30"))),
                List.of(),
                null);
        assertThat(t.firstResponseMinutes()).isEqualTo(90);
        assertThat(t.resolutionMinutes()).isNull();
        assertThat(t.awaitingReplySince()).isNull();
    }

    @Test
    void everyAnsweredWaitCountsFromTheFirstUnansweredCustomerMessage() {
        var t = ReplyTimes.of(
                OFFICE,
                at("2025-01-13T09:00"),
                List.of(
                        agent(at("2025-01-13T11:00")), // given out of order on purpose
                        customer(at("2025-01-13T09:00")),
                        agent(at("2025-01-13T09:30")),
                        customer(at("2025-01-13T10:00")),
                        customer(at("2025-01-13T10:10")),
                        customer(at("2025-01-13T12:00"))), // after solving: a thank-you
                List.of(),
                at("2025-01-13T11:05"));
        assertThat(t.firstResponseMinutes()).isEqualTo(30);
        // second wait starts at 10:00 (not 10:10) and ends at 11:00
        assertThat(t.responseMinutes()).containsExactly(30L, 60L);
        assertThat(t.resolutionMinutes()).isEqualTo(125);
        assertThat(t.customerMessagesAfterFirstReply()).isEqualTo(2);
        assertThat(t.awaitingReplySince()).isEqualTo(at("2025-01-13T12:00"));
    }

    @Test
    void aTicketWithoutRepliesIsStillWaitingSinceItsOpening() {
        var t = ReplyTimes.of(OFFICE, at("2025-01-13T09:00"), List.of(), List.of(), null);
        assertThat(t.firstResponseMinutes()).isNull();
        assertThat(t.responseMinutes()).isEmpty();
        assertThat(t.awaitingReplySince()).isEqualTo(at("2025-01-13T09:00"));
    }

    @Test
    void pendingCustomerTimeIsLeftOutOfTheResolution() {
        // Mon 09:00 → Tue 12:00 = 720, pending customer Mon 10:00 → Tue 10:00 holds 480 + 60 = 540
        var t = ReplyTimes.of(
                OFFICE,
                at("2025-01-13T09:00"),
                List.of(agent(at("2025-01-13T09:20")), customer(at("2025-01-14T10:00")), agent(at("2025-01-14T10:30"))),
                List.of(TimeInterval.of(at("2025-01-13T10:00"), at("2025-01-14T10:00"))),
                at("2025-01-14T12:00"));
        assertThat(t.resolutionMinutes()).isEqualTo(180);
        assertThat(t.responseMinutes()).containsExactly(20L, 30L);
    }
}
