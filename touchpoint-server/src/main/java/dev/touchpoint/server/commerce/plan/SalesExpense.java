package dev.touchpoint.server.commerce.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A sales expense spent on a customer (entertainment, travel, gifts, samples…). */
public record SalesExpense(
        long id,
        long customerId,
        LocalDate spentOn,
        BigDecimal amount,
        String category,
        String note,
        String recordedBy,
        Instant createdAt) {}
