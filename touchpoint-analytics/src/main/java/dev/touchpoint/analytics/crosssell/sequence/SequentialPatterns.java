package dev.touchpoint.analytics.crosssell.sequence;

import java.util.ArrayList;
import java.util.List;

/**
 * The frequent sequential patterns of a set of sequences, sorted by length and then by their
 * elements' items.
 *
 * @param customers the number of sequences mined
 * @param minCount the minimum support count applied
 * @param patterns the patterns
 */
public record SequentialPatterns(long customers, long minCount, List<SequentialPattern> patterns) {

    public SequentialPatterns {
        var sorted = new ArrayList<>(patterns);
        sorted.sort(PrefixSpan.ORDER);
        patterns = List.copyOf(sorted);
    }
}
