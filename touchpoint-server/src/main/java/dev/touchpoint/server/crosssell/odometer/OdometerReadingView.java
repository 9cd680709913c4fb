package dev.touchpoint.server.crosssell.odometer;

import java.time.LocalDate;

/** A stored odometer reading. */
public record OdometerReadingView(
        long id, long customerId, LocalDate readOn, int km, Long orderId, String source, String recordedBy) {}
