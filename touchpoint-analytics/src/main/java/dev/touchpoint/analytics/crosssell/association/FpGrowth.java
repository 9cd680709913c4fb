package dev.touchpoint.analytics.crosssell.association;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Frequent itemsets by FP-growth (Han, Pei &amp; Yin, "Mining frequent patterns without candidate
 * generation", SIGMOD 2000).
 *
 * <p>Baskets are {@linkplain #add added} one at a time; identical baskets are kept once with their
 * multiplicity, so memory grows with the number of <em>distinct</em> baskets, not with the number of
 * baskets. {@link #mine()} then
 *
 * <ol>
 *   <li>counts every item and keeps the frequent ones (count ≥ the minimum support count), ranked by
 *       count, most frequent first (ties by name, so the result does not depend on input order);
 *   <li>inserts each basket's frequent items in rank order into a prefix tree (the FP-tree), whose
 *       nodes carry how many baskets share that prefix, with a list per item linking its nodes;
 *   <li>for each item, least frequent first, reports suffix ∪ {item} with the item's count, collects
 *       the item's conditional pattern base (the paths above its nodes, weighted by the node counts),
 *       keeps the items frequent within it, builds the conditional FP-tree and recurses.
 * </ol>
 *
 * Every itemset whose support count is at least the minimum is found exactly once, with its exact
 * count; {@code maxLength} stops the recursion at itemsets of that many items.
 */
public final class FpGrowth {

    private final MinimumSupport minimumSupport;
    private final int maxLength;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<Basket, long[]> baskets = new HashMap<>();
    private long total;

    /**
     * @param minimumSupport the minimum support (share of baskets or count)
     * @param maxLength the largest itemset mined (at least 1)
     */
    public FpGrowth(MinimumSupport minimumSupport, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maximum itemset length must be at least 1, was " + maxLength);
        }
        this.minimumSupport = minimumSupport;
        this.maxLength = maxLength;
    }

    /** Mines baskets in one call. */
    public static FrequentItemsets mine(
            Iterable<? extends Collection<String>> baskets, MinimumSupport minimumSupport, int maxLength) {
        var miner = new FpGrowth(minimumSupport, maxLength);
        baskets.forEach(miner::add);
        return miner.mine();
    }

    /**
     * Adds one basket; repeated items count once. An empty basket counts towards the number of
     * baskets (and so lowers every support) like in arules and Spark.
     */
    public void add(Collection<String> basket) {
        int[] items = new int[basket.size()];
        int n = 0;
        for (String name : basket) {
            if (name == null) {
                throw new IllegalArgumentException("a basket holds a null item");
            }
            Integer id = ids.get(name);
            if (id == null) {
                id = names.size();
                ids.put(name, id);
                names.add(name);
            }
            items[n++] = id;
        }
        Arrays.sort(items);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || items[distinct - 1] != items[i]) {
                items[distinct++] = items[i];
            }
        }
        baskets.computeIfAbsent(new Basket(Arrays.copyOf(items, distinct)), b -> new long[1])[0]++;
        total++;
    }

    /** The number of baskets added so far. */
    public long baskets() {
        return total;
    }

    /** Mines the baskets added so far. */
    public FrequentItemsets mine() {
        long minCount = minimumSupport.minCount(total);
        long[] itemCounts = new long[names.size()];
        baskets.forEach((basket, count) -> {
            for (int item : basket.items) {
                itemCounts[item] += count[0];
            }
        });
        Integer[] order = new Integer[names.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                (a, b) -> itemCounts[a] != itemCounts[b]
                        ? Long.compare(itemCounts[b], itemCounts[a])
                        : names.get(a).compareTo(names.get(b)));
        int frequent = 0;
        while (frequent < order.length && itemCounts[order[frequent]] >= minCount) {
            frequent++;
        }
        String[] rankName = new String[frequent];
        int[] rankOf = new int[names.size()];
        Arrays.fill(rankOf, -1);
        for (int r = 0; r < frequent; r++) {
            rankName[r] = names.get(order[r]);
            rankOf[order[r]] = r;
        }
        var tree = new Tree(frequent);
        int[] path = new int[frequent];
        baskets.forEach((basket, count) -> {
            int length = 0;
            for (int item : basket.items) {
                if (rankOf[item] >= 0) {
                    path[length++] = rankOf[item];
                }
            }
            Arrays.sort(path, 0, length);
            tree.insert(path, length, count[0]);
        });
        var found = new ArrayList<FrequentItemset>();
        grow(tree, new int[maxLength], 0, minCount, rankName, found);
        return new FrequentItemsets(total, minCount, found);
    }

    private void grow(Tree tree, int[] suffix, int depth, long minCount, String[] rankName, List<FrequentItemset> out) {
        for (int rank = tree.ranks - 1; rank >= 0; rank--) {
            long count = tree.itemCount[rank];
            if (count < minCount) {
                continue;
            }
            suffix[depth] = rank;
            String[] items = new String[depth + 1];
            for (int i = 0; i <= depth; i++) {
                items[i] = rankName[suffix[i]];
            }
            Arrays.sort(items);
            out.add(new FrequentItemset(Arrays.asList(items), count));
            if (depth + 1 < maxLength) {
                Tree conditional = tree.conditional(rank, minCount);
                if (conditional != null) {
                    grow(conditional, suffix, depth + 1, minCount, rankName, out);
                }
            }
        }
    }

    /** A distinct basket: its sorted item ids. */
    private record Basket(int[] items) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Basket b && Arrays.equals(items, b.items);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(items);
        }

        @Override
        public String toString() {
            return Arrays.toString(items);
        }
    }

    /**
     * An FP-tree in arrays: node 0 is the root; for each node its item rank, count, parent, first
     * child, next sibling and the next node of the same rank.
     */
    private static final class Tree {
        final int ranks;
        final long[] itemCount;
        final int[] head;
        int size = 1;
        int[] rank = new int[16];
        long[] count = new long[16];
        int[] parent = new int[16];
        int[] firstChild = new int[16];
        int[] sibling = new int[16];
        int[] next = new int[16];

        Tree(int ranks) {
            this.ranks = ranks;
            this.itemCount = new long[ranks];
            this.head = new int[ranks];
            Arrays.fill(head, -1);
            rank[0] = -1;
            parent[0] = -1;
            firstChild[0] = -1;
            sibling[0] = -1;
            next[0] = -1;
        }

        /** Inserts a path of ranks in increasing order with a weight. */
        void insert(int[] path, int length, long weight) {
            int node = 0;
            for (int i = 0; i < length; i++) {
                int r = path[i];
                int child = firstChild[node];
                while (child >= 0 && rank[child] != r) {
                    child = sibling[child];
                }
                if (child < 0) {
                    child = newNode(r, node);
                }
                count[child] += weight;
                itemCount[r] += weight;
                node = child;
            }
        }

        private int newNode(int r, int parentNode) {
            if (size == rank.length) {
                int capacity = size * 2;
                rank = Arrays.copyOf(rank, capacity);
                count = Arrays.copyOf(count, capacity);
                parent = Arrays.copyOf(parent, capacity);
                firstChild = Arrays.copyOf(firstChild, capacity);
                sibling = Arrays.copyOf(sibling, capacity);
                next = Arrays.copyOf(next, capacity);
            }
            int node = size++;
            rank[node] = r;
            count[node] = 0;
            parent[node] = parentNode;
            firstChild[node] = -1;
            sibling[node] = firstChild[parentNode];
            firstChild[parentNode] = node;
            next[node] = head[r];
            head[r] = node;
            return node;
        }

        /** The conditional FP-tree of a rank, or null when no item is frequent within it. */
        Tree conditional(int r, long minCount) {
            long[] counts = new long[r];
            boolean any = false;
            for (int node = head[r]; node >= 0; node = next[node]) {
                long weight = count[node];
                for (int up = parent[node]; up > 0; up = parent[up]) {
                    counts[rank[up]] += weight;
                }
            }
            for (int i = 0; i < r; i++) {
                if (counts[i] >= minCount) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return null;
            }
            var tree = new Tree(r);
            int[] path = new int[r];
            for (int node = head[r]; node >= 0; node = next[node]) {
                int length = 0;
                for (int up = parent[node]; up > 0; up = parent[up]) {
                    if (counts[rank[up]] >= minCount) {
                        path[length++] = rank[up];
                    }
                }
                // collected leaf → root, i.e. in decreasing rank: reverse into increasing order
                for (int i = 0, j = length - 1; i < j; i++, j--) {
                    int t = path[i];
                    path[i] = path[j];
                    path[j] = t;
                }
                tree.insert(path, length, count[node]);
            }
            return tree;
        }
    }
}
