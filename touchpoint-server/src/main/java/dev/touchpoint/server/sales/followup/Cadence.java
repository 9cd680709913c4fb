package dev.touchpoint.server.sales.followup;

import dev.touchpoint.server.sales.FollowUpChannel;
import dev.touchpoint.server.sales.FollowUpTopic;
import dev.touchpoint.server.sales.IntentClass;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The follow-up plan of one intent class: a task every {@code intervalDays} (null: no follow-up),
 * rotating through the channels and topics in order.
 */
public record Cadence(
        @NotNull IntentClass intentClass,
        @Min(1) @Max(365) Integer intervalDays,
        @NotEmpty List<@NotNull FollowUpChannel> channels,
        @NotEmpty List<@NotNull FollowUpTopic> topics) {

    public Cadence {
        channels = channels == null ? List.of() : List.copyOf(channels);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
