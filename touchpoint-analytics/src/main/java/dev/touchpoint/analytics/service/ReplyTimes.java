package dev.touchpoint.analytics.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The measured times of one ticket in business minutes (seed 000, 快速回复), pauses excluded.
 *
 * <ul>
 *   <li>first response time (首次响应时间) = business time from the ticket's opening to the first
 *       public agent reply;
 *   <li>response times = for every wait of the customer, business time from the first unanswered
 *       customer message (the opening counts as one) to the next public agent reply; the first of
 *       them is the first response time, and their mean over tickets is the average response time
 *       (平均响应时间);
 *   <li>resolution time (解决时间) = business time from opening to the last solving;
 *   <li>customer messages after the first reply, up to the solving: zero means solved at first
 *       contact under the first definition of {@link FirstContactResolution}.
 * </ul>
 *
 * @param firstResponseMinutes null when nobody replied yet
 * @param responseMinutes every answered wait, in order
 * @param resolutionMinutes null while unsolved
 * @param customerMessagesAfterFirstReply customer messages after the first reply (and not after the
 *     solving)
 * @param awaitingReplySince start of the customer's current unanswered wait, or null
 */
public record ReplyTimes(
        Long firstResponseMinutes,
        List<Long> responseMinutes,
        Long resolutionMinutes,
        int customerMessagesAfterFirstReply,
        Instant awaitingReplySince) {

    public ReplyTimes {
        responseMinutes = List.copyOf(responseMinutes);
    }

    /**
     * Measures a conversation.
     *
     * @param calendar the business hours of the ticket's SLA policy
     * @param openedAt when the ticket was opened
     * @param messages the public messages, in any order
     * @param pauses intervals when the clock stood still
     * @param solvedAt when the ticket was (last) solved, or null
     */
    public static ReplyTimes of(
            BusinessCalendar calendar,
            Instant openedAt,
            Collection<ConversationMessage> messages,
            Collection<TimeInterval> pauses,
            Instant solvedAt) {
        var sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparing(ConversationMessage::at));
        Long first = null;
        Instant firstReplyAt = null;
        var responses = new ArrayList<Long>();
        Instant waitingSince = openedAt;
        int after = 0;
        for (var m : sorted) {
            if (m.party() == Party.CUSTOMER) {
                if (waitingSince == null) {
                    waitingSince = m.at();
                }
                if (firstReplyAt != null && (solvedAt == null || !m.at().isAfter(solvedAt))) {
                    after++;
                }
            } else if (waitingSince != null) {
                long minutes = calendar.businessMinutesBetween(waitingSince, m.at(), pauses);
                responses.add(minutes);
                if (first == null) {
                    first = minutes;
                    firstReplyAt = m.at();
                }
                waitingSince = null;
            }
        }
        Long resolution = solvedAt == null ? null : calendar.businessMinutesBetween(openedAt, solvedAt, pauses);
        return new ReplyTimes(first, responses, resolution, after, waitingSince);
    }
}
