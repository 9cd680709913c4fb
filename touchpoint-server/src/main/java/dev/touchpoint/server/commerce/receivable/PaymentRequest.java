package dev.touchpoint.server.commerce.receivable;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment received against a receivable.
 *
 * @param paidOn null means today
 * @param method e.g. {@code BANK_TRANSFER}, {@code CARD}, {@code WECHAT_PAY}, {@code CASH}
 */
record PaymentRequest(
        @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
        BigDecimal amount,

        LocalDate paidOn,
        @Size(max = 40) String method,
        @Size(max = 100) String reference) {}
