package dev.touchpoint.server.crosssell.odometer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An odometer reading to record, e.g. at service reception.
 *
 * @param readOn the day (null: today); not in the future
 * @param km the reading
 * @param orderId the service order it belongs to, or null
 */
public record NewReading(
        LocalDate readOn, @NotNull @Min(0) @Max(3_000_000) Integer km, Long orderId) {}
