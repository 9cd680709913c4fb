package dev.touchpoint.analytics.crosssell.sequence;

import java.util.List;

/**
 * "After ⟨prefix⟩ comes B": among the customers whose sequence contains the prefix, the share whose
 * sequence continues with B later (within the maximum gap, when one was set).
 *
 * @param prefix the elements bought first
 * @param next B, the item bought afterwards
 * @param count customers with prefix then B
 * @param prefixCount customers with the prefix
 * @param support count ÷ customers
 * @param confidence count ÷ prefixCount
 * @param lift confidence ÷ the share of customers who bought B at all
 * @param medianDelayDays median over those customers of the shortest delay from the prefix to B
 * @param maxGapDays the gap the patterns were mined with, or null
 */
public record SequentialRule(
        List<List<String>> prefix,
        String next,
        long count,
        long prefixCount,
        double support,
        double confidence,
        double lift,
        Double medianDelayDays,
        Long maxGapDays) {

    public SequentialRule {
        prefix = prefix.stream().map(List::copyOf).toList();
    }
}
