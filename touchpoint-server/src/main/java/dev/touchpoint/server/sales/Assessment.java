package dev.touchpoint.server.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Customer assessment of seed 003 (评估客户, 客户风险评估表), each from 1 (poor) to 5 (good), null when
 * unknown: degree of need 需求度, volume 需求量, purchasing power 购买力, our access to decision power
 * 决策权, credit 信誉度.
 */
public record Assessment(
        @Min(1) @Max(5) Integer need,
        @Min(1) @Max(5) Integer volume,
        @Min(1) @Max(5) Integer purchasingPower,
        @Min(1) @Max(5) Integer decisionPower,
        @Min(1) @Max(5) Integer credit) {

    public boolean complete() {
        return need != null && volume != null && purchasingPower != null && decisionPower != null && credit != null;
    }
}
