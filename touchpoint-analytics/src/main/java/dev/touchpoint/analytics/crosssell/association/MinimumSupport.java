package dev.touchpoint.analytics.crosssell.association;

/**
 * A minimum support given as a share of the baskets (0 &lt; share ≤ 1) or as a count of baskets.
 * A share becomes the count ⌈share × N⌉ for N baskets, as in Spark MLlib and R's arules (which keep
 * itemsets with support ≥ share).
 */
public sealed interface MinimumSupport {

    /** The smallest number of baskets (or sequences) an itemset must appear in, at least 1. */
    long minCount(long total);

    /** A share of the baskets. */
    static MinimumSupport share(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("minimum support must be a share in (0, 1], was " + share);
        }
        return new Share(share);
    }

    /** A number of baskets. */
    static MinimumSupport count(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("minimum support count must be at least 1, was " + count);
        }
        return new Count(count);
    }

    /** A share of the baskets. */
    record Share(double share) implements MinimumSupport {
        @Override
        public long minCount(long total) {
            // a small tolerance so that 0.01 × 9835 = 98.35 → 99 and 0.5 × 4 = 2 are not shifted by
            // the binary representation of the share
            return Math.max(1, (long) Math.ceil(share * total - 1e-9));
        }
    }

    /** A number of baskets. */
    record Count(long count) implements MinimumSupport {
        @Override
        public long minCount(long total) {
            return count;
        }
    }
}
