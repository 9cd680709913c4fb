package dev.touchpoint.analytics.crosssell.association;

import java.util.List;

/**
 * A set of items bought together in at least the minimum number of baskets.
 *
 * @param items the items, sorted by name
 * @param count the number of baskets holding all of them
 */
public record FrequentItemset(List<String> items, long count) {

    public FrequentItemset {
        items = List.copyOf(items);
    }

    /** The number of items. */
    public int size() {
        return items.size();
    }
}
