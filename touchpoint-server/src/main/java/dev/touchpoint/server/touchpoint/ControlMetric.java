package dev.touchpoint.server.touchpoint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A control metric (控制指标) of a touchpoint: what is measured, the target and how it is measured.
 *
 * @param name e.g. {@code 接待及时性 / greeting within 30 s}
 * @param target the target value, null when the metric is a yes/no standard
 * @param unit e.g. {@code s}, {@code %}, {@code score}
 * @param howMeasured e.g. {@code mystery shopper audit}, {@code CSAT survey}
 */
public record ControlMetric(
        @NotBlank @Size(max = 200) String name,
        BigDecimal target,
        @Size(max = 20) String unit,
        @Size(max = 300) String howMeasured) {}
