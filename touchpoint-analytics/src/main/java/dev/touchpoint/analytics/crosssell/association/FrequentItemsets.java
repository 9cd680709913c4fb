package dev.touchpoint.analytics.crosssell.association;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The frequent itemsets of a set of baskets, sorted by size and then by their items' names.
 *
 * @param baskets the number of baskets mined
 * @param minCount the minimum support count that was applied
 * @param itemsets the itemsets
 */
public record FrequentItemsets(long baskets, long minCount, List<FrequentItemset> itemsets) {

    /** Orders itemsets by size, then item by item by name. */
    public static final Comparator<FrequentItemset> ORDER = Comparator.comparingInt(FrequentItemset::size)
            .thenComparing(FrequentItemset::items, FrequentItemsets::compare);

    public FrequentItemsets {
        var sorted = new ArrayList<>(itemsets);
        sorted.sort(ORDER);
        itemsets = List.copyOf(sorted);
    }

    /** Compares two sorted item lists element by element, a prefix first. */
    public static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The support counts by itemset (items sorted), for rule generation. */
    public Map<List<String>, Long> counts() {
        var counts = new HashMap<List<String>, Long>(itemsets.size() * 2);
        for (var itemset : itemsets) {
            counts.put(itemset.items(), itemset.count());
        }
        return counts;
    }

    /** The support count of a set of items, or 0 when it is not frequent. */
    public long count(Collection<String> items) {
        var key = items.stream().sorted().distinct().toList();
        return itemsets.stream()
                .filter(i -> i.items().equals(key))
                .mapToLong(FrequentItemset::count)
                .findFirst()
                .orElse(0);
    }
}
