package dev.touchpoint.server.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A sales expense for bulk loading (demo data). */
public record NewExpense(long customerId, LocalDate spentOn, BigDecimal amount, String category, String note) {}
