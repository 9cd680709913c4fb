package dev.touchpoint.analytics.journey;

import java.time.Duration;
import java.util.List;

/**
 * One step of a {@link FunnelResult}.
 *
 * <p>{@code conversionFromPrevious = count(k) ÷ count(k−1)} (1 for step 1) and {@code
 * conversionFromFirst = count(k) ÷ count(1)}; both are 0 when the denominator is 0. The times are
 * measured from the event that started the subject's counted attempt to the event of step {@code k},
 * over the subjects who reached step {@code k}; the median of an even count is the mean of the two
 * middle values.
 *
 * @param step the 1-based step number
 * @param label the step's {@link EventPattern#label()}
 * @param count subjects who reached this step
 * @param conversionFromPrevious share of the previous step's subjects who reached this one
 * @param conversionFromFirst share of step 1's subjects who reached this one
 * @param droppedSubjects subjects whose furthest step is this one (empty for the last), sorted
 * @param medianTimeToConvert median time from step 1, or {@code null} for step 1 or no subjects
 * @param meanTimeToConvert mean time from step 1, or {@code null} for step 1 or no subjects
 */
public record FunnelStepResult(
        int step,
        String label,
        long count,
        double conversionFromPrevious,
        double conversionFromFirst,
        List<String> droppedSubjects,
        Duration medianTimeToConvert,
        Duration meanTimeToConvert) {

    /** Copies the subject list. */
    public FunnelStepResult {
        droppedSubjects = List.copyOf(droppedSubjects);
    }
}
