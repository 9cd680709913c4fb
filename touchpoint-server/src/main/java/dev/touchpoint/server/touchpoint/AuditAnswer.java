package dev.touchpoint.server.touchpoint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The auditor's answer to one item: {@code answer} per {@link AuditItemType} (1/0, 1–5, seconds, a
 * number), or {@code notApplicable} to leave the item out of the score.
 */
public record AuditAnswer(
        @NotBlank String item,
        BigDecimal answer,
        Boolean notApplicable,
        @Size(max = 1000) String note) {

    public AuditAnswer {
        notApplicable = notApplicable != null && notApplicable;
    }
}
