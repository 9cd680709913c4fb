package dev.touchpoint.server.sales.lead;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Converting a lead: the customer is created from the lead's own fields; only the opportunity's
 * figures may be added. {@code opportunityName} defaults to the product interest.
 */
public record Conversion(
        @Size(max = 200) String opportunityName,
        @PositiveOrZero BigDecimal amount,
        LocalDate expectedClose) {}
