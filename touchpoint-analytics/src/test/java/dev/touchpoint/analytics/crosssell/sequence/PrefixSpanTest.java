package dev.touchpoint.analytics.crosssell.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.touchpoint.analytics.crosssell.association.MinimumSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class PrefixSpanTest {

    /**
     * The example of Spark MLlib's documentation (mllib-frequent-pattern-mining, "PrefixSpan"):
     * sequences ⟨(12)3⟩, ⟨1(32)(12)⟩, ⟨(12)5⟩, ⟨6⟩ with minSupport 0.5 and maxPatternLength 5 give
     * [[1]] 3, [[2]] 3, [[3]] 2, [[1, 2]] 3 and [[1], [3]] 2.
     */
    // listed in the library's order: by length, then element by element (a shorter element first)
    @Test
    void theFourSequencesOfSparksDocumentationGiveItsFivePatterns() {
        var sequences = List.of(
                sequence(List.of("1", "2"), List.of("3")),
                sequence(List.of("1"), List.of("3", "2"), List.of("1", "2")),
                sequence(List.of("1", "2"), List.of("5")),
                sequence(List.of("6")));

        var mined = PrefixSpan.mine(sequences, MinimumSupport.share(0.5), 5, null);

        assertThat(mined.minCount()).isEqualTo(2);
        assertThat(mined.patterns())
                .extracting(SequentialPattern::elements, SequentialPattern::count)
                .containsExactly(
                        tuple(List.of(List.of("1")), 3L),
                        tuple(List.of(List.of("2")), 3L),
                        tuple(List.of(List.of("3")), 2L),
                        tuple(List.of(List.of("1"), List.of("3")), 2L),
                        tuple(List.of(List.of("1", "2")), 3L));
    }

    @Test
    void aMaximumGapDropsMatchesWhoseElementsAreTooFarApart() {
        // a car, then a service 150 days later for one customer, 400 days later for the other
        var sequences = List.of(
                List.of(SequenceElement.at(0, List.of("car")), SequenceElement.at(150, List.of("service"))),
                List.of(SequenceElement.at(0, List.of("car")), SequenceElement.at(400, List.of("service"))));

        var unlimited = PrefixSpan.mine(sequences, MinimumSupport.count(1), 3, null);
        var within200 = PrefixSpan.mine(sequences, MinimumSupport.count(1), 3, 200L);

        assertThat(count(unlimited, List.of(List.of("car"), List.of("service"))))
                .isEqualTo(2);
        assertThat(count(within200, List.of(List.of("car"), List.of("service"))))
                .isEqualTo(1);
        var pattern = unlimited.patterns().stream()
                .filter(p -> p.elements().size() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(pattern.medianDelayDays()).isEqualTo(275.0); // (150 + 400) / 2
    }

    @Test
    void sequentialRulesGiveConfidenceLiftAndTheMedianDelay() {
        // 4 customers buy a car; 3 of them a service later (after 180, 200, 400 days); 1 other buys only a service
        var sequences = new ArrayList<List<SequenceElement>>();
        for (long delay : new long[] {180, 200, 400}) {
            sequences.add(List.of(
                    SequenceElement.at(10, List.of("car")), SequenceElement.at(10 + delay, List.of("service"))));
        }
        sequences.add(List.of(SequenceElement.at(5, List.of("car"))));
        sequences.add(List.of(SequenceElement.at(5, List.of("service"))));

        var rules = SequentialRules.of(PrefixSpan.mine(sequences, MinimumSupport.count(2), 4, null), 0.5, null);

        assertThat(rules).hasSize(1);
        var rule = rules.get(0);
        assertThat(rule.prefix()).isEqualTo(List.of(List.of("car")));
        assertThat(rule.next()).isEqualTo("service");
        assertThat(rule.count()).isEqualTo(3);
        assertThat(rule.prefixCount()).isEqualTo(4);
        assertThat(rule.confidence()).isEqualTo(0.75);
        assertThat(rule.lift()).isEqualTo(0.75 / (4 / 5.0)); // 4 of 5 customers bought a service
        assertThat(rule.medianDelayDays()).isEqualTo(200.0);
    }

    @RepeatedTest(40)
    void findsExactlyThePatternsABruteForceSearchFinds(RepetitionInfo repetition) {
        var random = new Random(300L + repetition.getCurrentRepetition());
        int universe = 2 + random.nextInt(3);
        var sequences = new ArrayList<List<SequenceElement>>();
        int customers = 3 + random.nextInt(20);
        for (int c = 0; c < customers; c++) {
            var sequence = new ArrayList<SequenceElement>();
            long day = 0;
            int elements = 1 + random.nextInt(5);
            for (int e = 0; e < elements; e++) {
                day += 1 + random.nextInt(40);
                var items = new ArrayList<String>();
                for (int i = 0; i < universe; i++) {
                    if (random.nextDouble() < 0.45) {
                        items.add(String.valueOf((char) ('a' + i)));
                    }
                }
                if (!items.isEmpty()) {
                    sequence.add(SequenceElement.at(day, items));
                }
            }
            sequences.add(sequence);
        }
        long minCount = 1 + random.nextInt(Math.max(1, customers / 3));
        int maxLength = 1 + random.nextInt(4);
        Long gap = random.nextBoolean() ? null : (long) (10 + random.nextInt(50));

        var mined = PrefixSpan.mine(sequences, MinimumSupport.count(minCount), maxLength, gap);

        var expected = new HashMap<List<List<String>>, Long>();
        for (var pattern : candidates(universe, maxLength)) {
            long count = sequences.stream()
                    .filter(s -> contains(s, pattern, 0, -1, gap))
                    .count();
            if (count >= minCount) {
                expected.put(pattern, count);
            }
        }
        Map<List<List<String>>, Long> actual = new HashMap<>();
        mined.patterns().forEach(p -> actual.put(p.elements(), p.count()));
        assertThat(actual).isEqualTo(expected);
        assertThat(mined.patterns()).hasSize(expected.size()); // each pattern once
    }

    private static long count(SequentialPatterns patterns, List<List<String>> pattern) {
        return patterns.patterns().stream()
                .filter(p -> p.elements().equals(pattern))
                .mapToLong(SequentialPattern::count)
                .findFirst()
                .orElse(0);
    }

    @SafeVarargs
    private static List<SequenceElement> sequence(List<String>... elements) {
        var sequence = new ArrayList<SequenceElement>();
        for (int i = 0; i < elements.length; i++) {
            sequence.add(SequenceElement.at(i, elements[i]));
        }
        return sequence;
    }

    /** Every pattern of non-empty itemsets over the universe with at most maxLength items. */
    private static List<List<List<String>>> candidates(int universe, int maxLength) {
        var itemsets = new ArrayList<List<String>>();
        for (int mask = 1; mask < (1 << universe); mask++) {
            var items = new ArrayList<String>();
            for (int i = 0; i < universe; i++) {
                if ((mask & (1 << i)) != 0) {
                    items.add(String.valueOf((char) ('a' + i)));
                }
            }
            itemsets.add(items);
        }
        var result = new ArrayList<List<List<String>>>();
        extend(new ArrayList<>(), 0, maxLength, itemsets, result);
        return result;
    }

    private static void extend(
            List<List<String>> prefix,
            int length,
            int maxLength,
            List<List<String>> itemsets,
            List<List<List<String>>> out) {
        for (var itemset : itemsets) {
            if (length + itemset.size() <= maxLength) {
                var next = new ArrayList<>(prefix);
                next.add(itemset);
                out.add(next);
                extend(next, length + itemset.size(), maxLength, itemsets, out);
            }
        }
    }

    /** Whether pattern[from…] matches the sequence after element index last (within the gap of it). */
    private static boolean contains(
            List<SequenceElement> sequence, List<List<String>> pattern, int from, int last, Long gap) {
        if (from == pattern.size()) {
            return true;
        }
        for (int k = last + 1; k < sequence.size(); k++) {
            if (last >= 0
                    && gap != null
                    && sequence.get(k).day() - sequence.get(last).day() > gap) {
                break;
            }
            if (sequence.get(k).items().containsAll(pattern.get(from))
                    && contains(sequence, pattern, from + 1, k, gap)) {
                return true;
            }
        }
        return false;
    }
}
