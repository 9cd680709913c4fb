package dev.touchpoint.server.touchpoint.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One checklist item.
 *
 * @param weight share of the points, relative to the other items (> 0)
 * @param limitSeconds for {@link AuditItemType#TIMED}: the time it must happen within
 * @param target for {@link AuditItemType#NUMERIC}: the value to meet
 * @param higherIsBetter for {@link AuditItemType#NUMERIC}: meet means at least (true, default) or at
 *     most (false) the target
 * @param touchpoint catalogue code of the touchpoint the item checks, or null
 */
public record AuditItem(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,60}") String code,
        @NotBlank @Size(max = 300) String textZh,
        @NotBlank @Size(max = 300) String textEn,
        @NotNull AuditItemType type,
        @NotNull @Positive BigDecimal weight,
        Integer limitSeconds,
        BigDecimal target,
        Boolean higherIsBetter,
        String touchpoint) {}
