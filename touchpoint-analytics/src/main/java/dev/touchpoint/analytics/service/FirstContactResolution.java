package dev.touchpoint.analytics.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * First-contact resolution rate (首次解决率, seed 000) under the two definitions in use; reports
 * show both because they answer different questions.
 *
 * <ol>
 *   <li><b>No further customer message</b> (within the ticket): eligible = solved tickets; resolved =
 *       those whose customer wrote nothing between the first agent reply and the solving. It asks
 *       "did our first answer settle it?".
 *   <li><b>No repeat contact within N days</b> (across tickets): eligible = tickets solved at least N
 *       days before the as-of time (younger ones cannot be judged yet); resolved = those after whose
 *       solving the same customer opened no other ticket within N days. It asks "did the problem stay
 *       solved?" (seed 002: 客户不重复致电,表示问题成功解决).
 * </ol>
 */
public final class FirstContactResolution {

    private FirstContactResolution() {}

    /** Definition 1: solved tickets without a customer message after the first reply. */
    public static FcrRate noFurtherCustomerMessage(Collection<TicketMeasure> tickets) {
        long eligible = 0;
        long resolved = 0;
        for (var t : tickets) {
            if (t.solved()) {
                eligible++;
                if (t.times().customerMessagesAfterFirstReply() == 0) {
                    resolved++;
                }
            }
        }
        return FcrRate.of(eligible, resolved);
    }

    /**
     * Definition 2: of {@code tickets} solved at least {@code window} before {@code asOf}, those whose
     * customer opened no other ticket in {@code (solvedAt, solvedAt + window]}.
     *
     * @param tickets the tickets to judge (e.g. one team's in one month)
     * @param history every ticket that may be a repeat contact (all teams, later months); the judged
     *     tickets themselves may be included
     * @param window N days
     * @param asOf the time of the report
     */
    public static FcrRate noRepeatContactWithin(
            Collection<TicketMeasure> tickets, Collection<TicketMeasure> history, Duration window, Instant asOf) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive");
        }
        Map<String, List<TicketMeasure>> byCustomer = new HashMap<>();
        for (var h : history) {
            byCustomer.computeIfAbsent(h.customerKey(), k -> new ArrayList<>()).add(h);
        }
        long eligible = 0;
        long resolved = 0;
        for (var t : tickets) {
            if (!t.solved() || t.solvedAt().plus(window).isAfter(asOf)) {
                continue;
            }
            eligible++;
            var end = t.solvedAt().plus(window);
            boolean repeat = byCustomer.getOrDefault(t.customerKey(), List.of()).stream()
                    .anyMatch(o -> !o.ticketId().equals(t.ticketId())
                            && o.openedAt().isAfter(t.solvedAt())
                            && !o.openedAt().isAfter(end));
            if (!repeat) {
                resolved++;
            }
        }
        return FcrRate.of(eligible, resolved);
    }
}
