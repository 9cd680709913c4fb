package dev.touchpoint.server.crosssell.mining;

import java.util.List;

/** A stored sequential rule "after prefix comes next". */
public record SequenceView(
        String level,
        List<List<String>> prefix,
        String next,
        int count,
        int prefixCount,
        double support,
        double confidence,
        double lift,
        Double medianDelayDays,
        Integer maxGapDays) {}
