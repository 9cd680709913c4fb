package dev.touchpoint.analytics.journey;

/**
 * Net Promoter Score (Reichheld 2003): on the 0–10 scale, promoters answer 9–10, passives 7–8,
 * detractors 0–6; {@code NPS = 100 × (promoters − detractors) ÷ n}, from −100 to +100.
 *
 * @param n answers
 * @param promoters answers 9–10
 * @param passives answers 7–8
 * @param detractors answers 0–6
 * @param score the NPS, −100..100
 */
public record NpsScore(long n, long promoters, long passives, long detractors, double score) {

    /** Returns the score of the given tallies; {@code n} must be positive. */
    static NpsScore of(long promoters, long passives, long detractors) {
        long n = promoters + passives + detractors;
        return new NpsScore(n, promoters, passives, detractors, 100.0 * (promoters - detractors) / n);
    }
}
