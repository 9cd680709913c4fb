package dev.touchpoint.server.service.care;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One step of the basic care plan (seed 002 基本服务): on an order stage plus some days, on the first
 * day of a public holiday, or on the customer's birthday, send a message (through {@link CareChannel})
 * or create a task for an agent. Care is care: with {@code noPromotion} the text may not advertise.
 *
 * @param code SHIP_DAY, ARRIVAL, SIGN_OFF, USAGE_CARE, HOLIDAY, BIRTHDAY
 * @param trigger ORDER_STAGE, HOLIDAY or BIRTHDAY
 * @param stage the order stage for ORDER_STAGE rules (ORDERED, IN_PROGRESS, INSPECTED, DELIVERED)
 * @param action MESSAGE or TASK
 * @param channel the consent channel of the message (EMAIL, SMS, WECHAT, PHONE)
 */
public record CareRule(
        Long id,
        String code,
        String trigger,
        String stage,
        @Min(0) @Max(365) int offsetDays,
        @NotBlank String action,
        @NotBlank String channel,
        boolean noPromotion,
        @NotBlank @Size(max = 300) String subject,
        @NotBlank @Size(max = 4000) String body,
        boolean enabled,
        @NotNull Integer version) {}
