package dev.touchpoint.server.crosssell.mining;

import java.util.List;

/** A stored association rule. */
public record RuleView(
        String level,
        List<String> antecedent,
        List<String> consequent,
        int count,
        double support,
        double confidence,
        double lift,
        double leverage,
        Double conviction) {}
