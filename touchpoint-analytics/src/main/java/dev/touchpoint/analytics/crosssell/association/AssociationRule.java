package dev.touchpoint.analytics.crosssell.association;

import java.util.List;

/**
 * A rule X ⇒ Y between disjoint itemsets, with N baskets and c(·) the number of baskets holding a set:
 *
 * <ul>
 *   <li>support = c(X ∪ Y) / N
 *   <li>confidence = c(X ∪ Y) / c(X), an estimate of P(Y | X)
 *   <li>lift = confidence / (c(Y) / N): how much more often Y is bought with X than at random (1 =
 *       independent)
 *   <li>leverage = support − (c(X) / N)(c(Y) / N) (Piatetsky-Shapiro): the share of baskets the
 *       association adds over independence
 *   <li>conviction = (1 − c(Y)/N) / (1 − confidence) (Brin et al. 1997): infinite when the rule
 *       never fails (represented as {@link Double#POSITIVE_INFINITY})
 * </ul>
 *
 * @param antecedent X, items sorted by name
 * @param consequent Y, items sorted by name
 * @param count c(X ∪ Y)
 * @param antecedentCount c(X)
 * @param consequentCount c(Y)
 * @param support support
 * @param confidence confidence
 * @param lift lift
 * @param leverage leverage
 * @param conviction conviction
 */
public record AssociationRule(
        List<String> antecedent,
        List<String> consequent,
        long count,
        long antecedentCount,
        long consequentCount,
        double support,
        double confidence,
        double lift,
        double leverage,
        double conviction) {

    public AssociationRule {
        antecedent = List.copyOf(antecedent);
        consequent = List.copyOf(consequent);
    }

    /** Computes the measures from the three counts and the number of baskets. */
    public static AssociationRule of(
            List<String> antecedent,
            List<String> consequent,
            long count,
            long antecedentCount,
            long consequentCount,
            long baskets) {
        double n = baskets;
        double support = count / n;
        double confidence = (double) count / antecedentCount;
        double consequentSupport = consequentCount / n;
        double lift = confidence / consequentSupport;
        double leverage = support - (antecedentCount / n) * consequentSupport;
        double conviction =
                count == antecedentCount ? Double.POSITIVE_INFINITY : (1 - consequentSupport) / (1 - confidence);
        return new AssociationRule(
                antecedent,
                consequent,
                count,
                antecedentCount,
                consequentCount,
                support,
                confidence,
                lift,
                leverage,
                conviction);
    }
}
