package dev.touchpoint.server.customer;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * A customer tier (分级) from the configurable list.
 *
 * @param code stable code stored on customers, e.g. {@code VIP}
 * @param rank position, 1 = most valuable
 */
record CustomerTier(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9_]+", message = "{customer.tier.code.format}")
        String code,

        @NotBlank @Size(max = 50) String nameEn,
        @NotBlank @Size(max = 50) String nameZh,
        @NotNull @Min(1) Integer rank) {

    String label(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
