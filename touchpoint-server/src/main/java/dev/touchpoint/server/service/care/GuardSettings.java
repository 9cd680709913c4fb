package dev.touchpoint.server.service.care;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * The over-service guard (过度服务, seed 000): at most {@code maxMessages} messages per customer in
 * {@code windowDays} days over all channels, none during quiet hours (local time in {@code zone};
 * start after end wraps over midnight), and none without consent for the channel.
 */
public record GuardSettings(
        @Min(1) @Max(100) int maxMessages,
        @Min(1) @Max(365) int windowDays,
        @Min(0) @Max(1439) int quietStartMinute,
        @Min(0) @Max(1439) int quietEndMinute,
        @NotBlank String zone,
        Integer version) {

    /** Whether the minute of day lies in the quiet hours. */
    boolean quietAt(int minuteOfDay) {
        if (quietStartMinute == quietEndMinute) {
            return false;
        }
        return quietStartMinute < quietEndMinute
                ? minuteOfDay >= quietStartMinute && minuteOfDay < quietEndMinute
                : minuteOfDay >= quietStartMinute || minuteOfDay < quietEndMinute;
    }
}
