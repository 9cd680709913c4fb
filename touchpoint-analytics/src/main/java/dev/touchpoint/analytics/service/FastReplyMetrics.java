package dev.touchpoint.analytics.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;

/**
 * The four fast-reply metrics of seed 000 (快速回复) for a group of tickets (a team, an agent, a
 * channel, a month):
 *
 * <ul>
 *   <li>first response time (首次响应时间): {@link DurationSummary} of {@link
 *       ReplyTimes#firstResponseMinutes()} over tickets with a reply;
 *   <li>average response time (平均响应时间): summary of every answered wait ({@link
 *       ReplyTimes#responseMinutes()}) of every ticket, so a ticket with many exchanges weighs more;
 *   <li>first-contact resolution rate (首次解决率): both definitions of {@link
 *       FirstContactResolution};
 *   <li>average resolution time (平均解决时间): summary of {@link ReplyTimes#resolutionMinutes()}
 *       over solved tickets.
 * </ul>
 *
 * @param tickets tickets in the group
 * @param firstResponse first response times
 * @param response all response times
 * @param resolution resolution times
 * @param fcrNoFurtherMessage first-contact resolution, definition 1
 * @param fcrNoRepeat first-contact resolution, definition 2
 */
public record FastReplyMetrics(
        long tickets,
        DurationSummary firstResponse,
        DurationSummary response,
        DurationSummary resolution,
        FcrRate fcrNoFurtherMessage,
        FcrRate fcrNoRepeat) {

    /**
     * Computes the metrics of {@code group}.
     *
     * @param group the tickets to measure
     * @param history tickets that count as repeat contacts for definition 2 (see {@link
     *     FirstContactResolution#noRepeatContactWithin})
     * @param repeatWindow N days of definition 2
     * @param asOf the time of the report
     */
    public static FastReplyMetrics of(
            Collection<TicketMeasure> group, Collection<TicketMeasure> history, Duration repeatWindow, Instant asOf) {
        var first = new ArrayList<Long>();
        var all = new ArrayList<Long>();
        var resolution = new ArrayList<Long>();
        for (var t : group) {
            var times = t.times();
            if (times.firstResponseMinutes() != null) {
                first.add(times.firstResponseMinutes());
            }
            all.addAll(times.responseMinutes());
            if (times.resolutionMinutes() != null) {
                resolution.add(times.resolutionMinutes());
            }
        }
        return new FastReplyMetrics(
                group.size(),
                DurationSummary.of(first),
                DurationSummary.of(all),
                DurationSummary.of(resolution),
                FirstContactResolution.noFurtherCustomerMessage(group),
                FirstContactResolution.noRepeatContactWithin(group, history, repeatWindow, asOf));
    }
}
