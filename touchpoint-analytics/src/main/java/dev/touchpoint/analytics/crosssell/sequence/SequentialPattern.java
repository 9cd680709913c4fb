package dev.touchpoint.analytics.crosssell.sequence;

import java.util.List;

/**
 * A sequence of itemsets bought in this order (each element within one day, later elements on later
 * days) by at least the minimum number of customers.
 *
 * @param elements the elements, each sorted by name
 * @param count the number of customers whose sequence contains the pattern
 * @param support count ÷ customers
 * @param medianDelayDays for a pattern ending in a one-item element B after at least one element: the
 *     median over those customers of the shortest time in days from a completion of the prefix to a
 *     later B (within the maximum gap); otherwise null
 */
public record SequentialPattern(List<List<String>> elements, long count, double support, Double medianDelayDays) {

    public SequentialPattern {
        elements = elements.stream().map(List::copyOf).toList();
    }

    /** The number of items, the length {@code maxLength} limits (as Spark's maxPatternLength). */
    public int length() {
        return elements.stream().mapToInt(List::size).sum();
    }
}
