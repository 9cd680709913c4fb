package dev.touchpoint.server.commerce.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Request bodies of sales plans, expenses and budgets. */
public final class PlanRequests {

    private PlanRequests() {}

    /** Planned revenue of one month ({@code "2025-03"}). */
    public record PlanMonth(
            @NotNull YearMonth month,

            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal plannedRevenue) {}

    /** Sets (creates or replaces) the plan of the months given; other months stay as they are. */
    record PlanRequest(@NotEmpty @Size(max = 36) List<@Valid @NotNull PlanMonth> months) {}

    /** A sales expense; {@code spentOn} null means today. */
    public record ExpenseRequest(
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
            BigDecimal amount,

            LocalDate spentOn,
            @NotBlank @Size(max = 40) String category,
            @Size(max = 500) String note) {}

    /** The budget of a year; {@code version} for optimistic locking when no If-Match is sent. */
    public record BudgetRequest(
            @NotNull @Min(2000) @Max(2100) Integer year,

            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal amount,

            Integer version) {}
}
