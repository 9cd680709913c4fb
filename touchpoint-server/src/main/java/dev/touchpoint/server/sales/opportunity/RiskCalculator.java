package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.Assessment;
import java.util.ArrayList;

/**
 * Risk score from the assessment (seed 003, 客户风险评估表): each dimension scored 1 (poor) to 5 (good);
 * its shortfall is 5 − score (an unknown dimension counts as 1: not knowing is a risk). Risk =
 * round(100 × Σ wᵢ·shortfallᵢ ÷ (4 × Σ wᵢ)) with weights need 0.25, volume 0.15, purchasing power
 * 0.20, decision power 0.20, credit 0.20. A dimension scored 1–2 or unknown is named as a reason.
 */
final class RiskCalculator {

    static final double[] WEIGHTS = {0.25, 0.15, 0.20, 0.20, 0.20};
    private static final String[] NAMES = {"NEED", "VOLUME", "POWER", "DECISION", "CREDIT"};

    private RiskCalculator() {}

    static Risk compute(Assessment a) {
        Integer[] scores = {a.need(), a.volume(), a.purchasingPower(), a.decisionPower(), a.credit()};
        double weighted = 0;
        double total = 0;
        var reasons = new ArrayList<String>();
        for (int i = 0; i < scores.length; i++) {
            int score = scores[i] == null ? 1 : scores[i];
            weighted += WEIGHTS[i] * (5 - score);
            total += WEIGHTS[i];
            if (scores[i] == null) {
                reasons.add(NAMES[i] + "_UNKNOWN");
            } else if (scores[i] <= 2) {
                reasons.add(NAMES[i] + "_LOW");
            }
        }
        int risk = (int) Math.round(100 * weighted / (4 * total));
        var level = risk < 30 ? "LOW" : risk < 60 ? "MEDIUM" : "HIGH";
        return new Risk(risk, level, reasons);
    }
}
