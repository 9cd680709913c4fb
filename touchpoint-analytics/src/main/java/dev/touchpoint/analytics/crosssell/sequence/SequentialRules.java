package dev.touchpoint.analytics.crosssell.sequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * Sequential rules from sequential patterns: every pattern ⟨p₁ … pₘ {B}⟩ (m ≥ 1) whose last element
 * is the single item B gives "after ⟨p₁ … pₘ⟩ comes B" with confidence = count(pattern) ÷
 * count(prefix) and lift = confidence ÷ (count(⟨{B}⟩) ÷ customers). Prefixes and ⟨{B}⟩ are frequent
 * whenever the pattern is, so the counts are exact.
 */
public final class SequentialRules {

    /** Confidence, then count, both descending, then the prefix and B by name. */
    public static final Comparator<SequentialRule> ORDER = Comparator.comparingDouble(SequentialRule::confidence)
            .reversed()
            .thenComparing(Comparator.comparingLong(SequentialRule::count).reversed())
            .thenComparing(SequentialRule::prefix, PrefixSpan::compare)
            .thenComparing(SequentialRule::next);

    private SequentialRules() {}

    /**
     * The rules with at least this confidence.
     *
     * @param patterns mined patterns
     * @param minConfidence the smallest confidence kept
     * @param maxGapDays the gap the patterns were mined with (recorded on the rules), or null
     */
    public static List<SequentialRule> of(SequentialPatterns patterns, double minConfidence, Long maxGapDays) {
        var counts = new HashMap<List<List<String>>, Long>();
        patterns.patterns().forEach(p -> counts.put(p.elements(), p.count()));
        var rules = new ArrayList<SequentialRule>();
        for (var pattern : patterns.patterns()) {
            var elements = pattern.elements();
            var last = elements.get(elements.size() - 1);
            if (elements.size() < 2 || last.size() != 1) {
                continue;
            }
            var prefix = elements.subList(0, elements.size() - 1);
            long prefixCount = counts.get(prefix);
            long nextCount = counts.get(List.of(last));
            double confidence = pattern.count() / (double) prefixCount;
            if (confidence < minConfidence) {
                continue;
            }
            double lift = confidence / (nextCount / (double) patterns.customers());
            rules.add(new SequentialRule(
                    prefix,
                    last.get(0),
                    pattern.count(),
                    prefixCount,
                    pattern.support(),
                    confidence,
                    lift,
                    pattern.medianDelayDays(),
                    maxGapDays));
        }
        rules.sort(ORDER);
        return List.copyOf(rules);
    }
}
