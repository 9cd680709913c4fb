package dev.touchpoint.server.sales.followup;

import dev.touchpoint.server.sales.FollowUpChannel;
import dev.touchpoint.server.sales.FollowUpTopic;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The next follow-up of a plan (seed 001: follow up by class, with a channel and a topic): follow-up
 * number {@code n} is due {@code intervalDays} after {@code from}, on the n-th channel and topic of the
 * cadence (cycling). A channel the customer has not consented to is skipped for the next one that
 * needs no consent, or a call.
 */
final class FollowUpPlanner {

    /** When, how and about what. */
    record Plan(LocalDate dueOn, FollowUpChannel channel, FollowUpTopic topic, int sequence) {}

    private FollowUpPlanner() {}

    static Optional<Plan> next(Cadence cadence, LocalDate from, int sequence, Predicate<FollowUpChannel> allowed) {
        if (cadence.intervalDays() == null
                || cadence.channels().isEmpty()
                || cadence.topics().isEmpty()) {
            return Optional.empty();
        }
        int i = sequence - 1;
        var channel = cadence.channels().get(i % cadence.channels().size());
        if (!allowed.test(channel)) {
            channel = cadence.channels().stream().filter(allowed).findFirst().orElse(FollowUpChannel.CALL);
        }
        var topic = cadence.topics().get(i % cadence.topics().size());
        return Optional.of(new Plan(from.plusDays(cadence.intervalDays()), channel, topic, sequence));
    }
}
