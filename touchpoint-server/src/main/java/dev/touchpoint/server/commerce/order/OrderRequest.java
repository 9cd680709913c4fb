package dev.touchpoint.server.commerce.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new order with its lines, created in one call.
 *
 * @param orderDate null means today
 * @param teamId the site (4S store) selling; null takes the customer's team
 * @param salesRepId null takes the calling user
 * @param orderRef optional external reference, unique
 * @param dueDate when the receivable is due; null means 30 days after the order date
 * @param creditOverrideReason lets a manager or administrator exceed the customer's credit limit (audited)
 */
record OrderRequest(
        @NotNull Long customerId,
        LocalDate orderDate,
        Long teamId,
        Long salesRepId,
        @Size(max = 50) String channel,
        @Size(max = 64) String orderRef,
        @Size(max = 2000) String notes,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines,
        LocalDate dueDate,
        @Size(max = 500) String creditOverrideReason) {

    /**
     * One line. The discount is a percentage (0–100) of quantity × unit price.
     *
     * @param unitPrice null takes the product's list price
     */
    record Line(
            @NotNull Long productId,
            @NotNull @Min(1) @Max(100000) Integer quantity,

            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal unitPrice,

            @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
            BigDecimal discountPercent) {}
}
