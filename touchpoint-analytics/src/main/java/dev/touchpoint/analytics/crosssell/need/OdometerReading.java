package dev.touchpoint.analytics.crosssell.need;

import java.time.LocalDate;

/**
 * A vehicle's odometer read at a service visit.
 *
 * @param date the visit
 * @param km the reading
 */
public record OdometerReading(LocalDate date, double km) {}
