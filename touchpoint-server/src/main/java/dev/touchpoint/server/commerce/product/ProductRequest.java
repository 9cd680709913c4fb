package dev.touchpoint.server.commerce.product;

import dev.touchpoint.server.commerce.ProductKind;
import dev.touchpoint.server.platform.NoFormula;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A product to create or change (form and API).
 *
 * @param version the version the caller read, for updates (optional when {@code If-Match} is sent)
 */
record ProductRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._/-]+", message = "{commerce.sku.format}")
        String sku,

        @NotBlank @Size(max = 200) @NoFormula String name,
        Long categoryId,
        @NotNull ProductKind kind,

        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
        BigDecimal listPrice,

        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
        BigDecimal unitCost,

        Boolean active,
        Integer version) {

    public boolean activeOrDefault() {
        return active == null || active;
    }
}
