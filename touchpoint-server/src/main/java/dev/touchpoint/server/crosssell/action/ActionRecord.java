package dev.touchpoint.server.crosssell.action;

import java.time.Instant;
import java.time.LocalDate;

/** What someone did with a suggested action, and whether it converted. */
public record ActionRecord(
        long id,
        long customerId,
        String kind,
        String offerKind,
        String offerCode,
        String rule,
        double expectedValue,
        String outcome,
        String note,
        String actor,
        Instant createdAt,
        Long convertedOrderId,
        LocalDate convertedOn) {}
