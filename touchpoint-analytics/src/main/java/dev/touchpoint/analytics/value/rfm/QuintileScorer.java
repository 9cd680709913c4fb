package dev.touchpoint.analytics.value.rfm;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Quintile scores 1–5 by rank: with values sorted from worst to best and ties grouped, a group
 * starting at 0-based position i of n gets score 1 + ⌊5i/n⌋. Ties therefore share the lowest score
 * their group reaches ("minimum rank"), whatever the input order.
 */
final class QuintileScorer {

    private QuintileScorer() {}

    /**
     * Scores values.
     *
     * @param values one value per customer
     * @param higherIsBetter true for F and M; false for recency in days
     * @return the score of each value, 1 (worst) to 5 (best)
     */
    static int[] scores(double[] values, boolean higherIsBetter) {
        int n = values.length;
        Comparator<Integer> worstFirst = Comparator.comparingDouble(i -> values[i]);
        if (!higherIsBetter) {
            worstFirst = worstFirst.reversed();
        }
        Integer[] order = IntStream.range(0, n).boxed().sorted(worstFirst).toArray(Integer[]::new);
        int[] scores = new int[n];
        int groupStart = 0;
        for (int pos = 0; pos < n; pos++) {
            if (pos > 0 && values[order[pos]] != values[order[pos - 1]]) {
                groupStart = pos;
            }
            scores[order[pos]] = 1 + (int) ((5L * groupStart) / n);
        }
        return scores;
    }
}
