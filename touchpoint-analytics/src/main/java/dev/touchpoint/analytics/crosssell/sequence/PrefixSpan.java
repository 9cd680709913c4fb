package dev.touchpoint.analytics.crosssell.sequence;

import dev.touchpoint.analytics.crosssell.association.MinimumSupport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * Frequent sequential patterns by PrefixSpan (Pei et al., "Mining sequential patterns by
 * pattern-growth: the PrefixSpan approach", IEEE TKDE 16(11), 2004), with the semantics of Spark
 * MLlib's {@code PrefixSpan}: a sequence contains a pattern ⟨e₁ … eₘ⟩ when there are elements
 * s[j₁], …, s[jₘ] with j₁ &lt; … &lt; jₘ and each eᵢ ⊆ s[jᵢ]; the support of a pattern is the number
 * of sequences containing it (once per sequence); the minimum count of a share is ⌈share × N⌉; the
 * length of a pattern is its number of items.
 *
 * <p>Beyond Spark, an optional <b>maximum gap</b>: consecutive pattern elements must be matched at
 * most that many days apart (day(jᵢ₊₁) − day(jᵢ) ≤ gap).
 *
 * <p>The search grows a pattern one item at a time, either into its last element (an itemset
 * extension, items in a fixed order so each pattern is built once) or as a new element (a sequence
 * extension). For a pattern it keeps, per sequence containing it, the set of element positions where
 * an occurrence of the pattern can end (pseudo-projection): an itemset extension by x keeps the end
 * positions whose element holds x; a sequence extension by x moves to the later elements holding x
 * (within the gap of some end). These sets are exact, so counts are exact with or without a gap.
 * Memory: the encoded sequences plus one projection per pattern on the current search path.
 */
public final class PrefixSpan {

    private final MinimumSupport minimumSupport;
    private final int maxLength;
    private final Long maxGapDays;
    private final List<List<SequenceElement>> sequences = new ArrayList<>();

    /**
     * @param minimumSupport share of sequences (customers) or count
     * @param maxLength the most items in a pattern (at least 1)
     * @param maxGapDays the most days between consecutive elements of a match, or null for no limit
     */
    public PrefixSpan(MinimumSupport minimumSupport, int maxLength, Long maxGapDays) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maximum pattern length must be at least 1, was " + maxLength);
        }
        if (maxGapDays != null && maxGapDays < 0) {
            throw new IllegalArgumentException("maximum gap must not be negative, was " + maxGapDays);
        }
        this.minimumSupport = minimumSupport;
        this.maxLength = maxLength;
        this.maxGapDays = maxGapDays;
    }

    /** Mines sequences in one call. */
    public static SequentialPatterns mine(
            Iterable<? extends List<SequenceElement>> sequences,
            MinimumSupport minimumSupport,
            int maxLength,
            Long maxGapDays) {
        var miner = new PrefixSpan(minimumSupport, maxLength, maxGapDays);
        sequences.forEach(miner::add);
        return miner.mine();
    }

    /** Adds one customer's sequence, elements in time order (empty elements are ignored). */
    public void add(List<SequenceElement> sequence) {
        for (int i = 1; i < sequence.size(); i++) {
            if (sequence.get(i).day() < sequence.get(i - 1).day()) {
                throw new IllegalArgumentException("sequence elements must be in time order");
            }
        }
        sequences.add(List.copyOf(sequence));
    }

    /** Mines the sequences added so far. */
    public SequentialPatterns mine() {
        int n = sequences.size();
        long minCount = minimumSupport.minCount(n);
        // item ids in name order, so that ids order = name order inside elements
        var itemCounts = new TreeMap<String, Long>();
        for (var sequence : sequences) {
            var seen = new java.util.HashSet<String>();
            sequence.forEach(e -> seen.addAll(e.items()));
            seen.forEach(item -> itemCounts.merge(item, 1L, Long::sum));
        }
        var names = new ArrayList<String>();
        var ids = new HashMap<String, Integer>();
        itemCounts.forEach((item, count) -> {
            if (count >= minCount) {
                ids.put(item, names.size());
                names.add(item);
            }
        });
        var encoded = new ArrayList<Encoded>();
        for (var sequence : sequences) {
            var elements = new ArrayList<int[]>();
            var days = new ArrayList<Long>();
            for (var element : sequence) {
                int[] items = element.items().stream()
                        .filter(ids::containsKey)
                        .mapToInt(ids::get)
                        .sorted()
                        .toArray();
                if (items.length > 0) {
                    elements.add(items);
                    days.add(element.day());
                }
            }
            if (!elements.isEmpty()) {
                encoded.add(new Encoded(
                        elements.toArray(int[][]::new),
                        days.stream().mapToLong(Long::longValue).toArray()));
            }
        }
        var search = new Search(encoded, names, minCount, n);
        // the one-item patterns: ends are every element holding the item
        for (int item = 0; item < names.size(); item++) {
            var projection = new ArrayList<Projected>();
            for (int s = 0; s < encoded.size(); s++) {
                var seq = encoded.get(s);
                int[] ends = new int[seq.elements.length];
                int k = 0;
                for (int j = 0; j < seq.elements.length; j++) {
                    if (contains(seq.elements[j], item)) {
                        ends[k++] = j;
                    }
                }
                if (k > 0) {
                    projection.add(new Projected(s, Arrays.copyOf(ends, k)));
                }
            }
            var pattern = new ArrayList<int[]>();
            pattern.add(new int[] {item});
            search.emit(pattern, projection.size(), null);
            if (maxLength > 1) {
                search.grow(pattern, 1, projection);
            }
        }
        return new SequentialPatterns(n, minCount, search.found);
    }

    private static boolean contains(int[] sorted, int item) {
        return Arrays.binarySearch(sorted, item) >= 0;
    }

    private record Encoded(int[][] elements, long[] days) {}

    /** A sequence containing the current pattern and the positions where an occurrence ends. */
    private record Projected(int sequence, int[] ends) {}

    private final class Search {
        final List<Encoded> encoded;
        final List<String> names;
        final long minCount;
        final int customers;
        final List<SequentialPattern> found = new ArrayList<>();

        Search(List<Encoded> encoded, List<String> names, long minCount, int customers) {
            this.encoded = encoded;
            this.names = names;
            this.minCount = minCount;
            this.customers = customers;
        }

        /**
         * Extends a pattern by every frequent item. One pass over the projection collects, per item,
         * the new end positions of both kinds of extension (and the shortest delay of a sequence
         * extension): for an element k after the first end, the closest end before it is the latest
         * end j &lt; k, so k is reachable exactly when day(k) − day(j) is within the gap, and that
         * difference is the shortest delay to k.
         */
        @SuppressWarnings("unchecked")
        void grow(List<int[]> pattern, int length, List<Projected> projection) {
            int[] last = pattern.get(pattern.size() - 1);
            int lastMax = last[last.length - 1];
            int items = names.size();
            var iNext = new List[items];
            var sNext = new List[items];
            var sDelays = new List[items];
            var iBuffer = new IntBuffer[items];
            var sBuffer = new IntBuffer[items];
            long[] shortest = new long[items];
            int[] touchedI = new int[items];
            int[] touchedS = new int[items];
            for (var p : projection) {
                var seq = encoded.get(p.sequence);
                int ti = 0;
                for (int end : p.ends) {
                    for (int x : seq.elements[end]) {
                        if (x > lastMax) {
                            if (iBuffer[x] == null) {
                                iBuffer[x] = new IntBuffer();
                            }
                            if (iBuffer[x].size == 0) {
                                touchedI[ti++] = x;
                            }
                            iBuffer[x].add(end);
                        }
                    }
                }
                for (int t = 0; t < ti; t++) {
                    int x = touchedI[t];
                    if (iNext[x] == null) {
                        iNext[x] = new ArrayList<Projected>();
                    }
                    iNext[x].add(new Projected(p.sequence, iBuffer[x].take()));
                }
                int ts = 0;
                int e = 0;
                for (int k = p.ends[0] + 1; k < seq.elements.length; k++) {
                    while (e + 1 < p.ends.length && p.ends[e + 1] < k) {
                        e++;
                    }
                    long delay = seq.days[k] - seq.days[p.ends[e]];
                    if (maxGapDays != null && delay > maxGapDays) {
                        continue;
                    }
                    for (int x : seq.elements[k]) {
                        if (sBuffer[x] == null) {
                            sBuffer[x] = new IntBuffer();
                        }
                        if (sBuffer[x].size == 0) {
                            touchedS[ts++] = x;
                            shortest[x] = delay;
                        } else {
                            shortest[x] = Math.min(shortest[x], delay);
                        }
                        sBuffer[x].add(k);
                    }
                }
                for (int t = 0; t < ts; t++) {
                    int x = touchedS[t];
                    if (sNext[x] == null) {
                        sNext[x] = new ArrayList<Projected>();
                        sDelays[x] = new ArrayList<Long>();
                    }
                    sNext[x].add(new Projected(p.sequence, sBuffer[x].take()));
                    sDelays[x].add(shortest[x]);
                }
            }
            for (int x = lastMax + 1; x < items; x++) {
                if (iNext[x] == null || iNext[x].size() < minCount) {
                    continue;
                }
                var next = (List<Projected>) iNext[x];
                var extended = new ArrayList<>(pattern);
                int[] element = Arrays.copyOf(last, last.length + 1);
                element[last.length] = x;
                extended.set(extended.size() - 1, element);
                emit(extended, next.size(), null);
                if (length + 1 < maxLength) {
                    grow(extended, length + 1, next);
                }
                iNext[x] = null;
            }
            for (int x = 0; x < items; x++) {
                if (sNext[x] == null || sNext[x].size() < minCount) {
                    continue;
                }
                var next = (List<Projected>) sNext[x];
                var extended = new ArrayList<>(pattern);
                extended.add(new int[] {x});
                emit(extended, next.size(), median((List<Long>) sDelays[x]));
                if (length + 1 < maxLength) {
                    grow(extended, length + 1, next);
                }
                sNext[x] = null;
                sDelays[x] = null;
            }
        }

        void emit(List<int[]> pattern, int count, Double medianDelay) {
            var elements = new ArrayList<List<String>>();
            for (int[] element : pattern) {
                elements.add(Arrays.stream(element).mapToObj(names::get).toList());
            }
            found.add(new SequentialPattern(elements, count, count / (double) customers, medianDelay));
        }
    }

    /** A growable int array that hands out its contents and starts over. */
    private static final class IntBuffer {
        int[] values = new int[4];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] take() {
            int[] out = Arrays.copyOf(values, size);
            size = 0;
            return out;
        }
    }

    private static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? (double) sorted[m] : (sorted[m - 1] + sorted[m]) / 2.0;
    }

    /** Orders patterns by length, then element by element by name. */
    static final Comparator<SequentialPattern> ORDER = Comparator.comparingInt(SequentialPattern::length)
            .thenComparing(SequentialPattern::elements, PrefixSpan::compare);

    static int compare(List<List<String>> a, List<List<String>> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = dev.touchpoint.analytics.crosssell.association.FrequentItemsets.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
